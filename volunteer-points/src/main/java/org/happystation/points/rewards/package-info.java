/**
 * Rewards: each station's catalogue (a free canteen meal for 2 points, a barber discount …) with stock and
 * per-person limits, and the single-use vouchers that redeeming creates and staff accept once.
 */
package org.happystation.points.rewards;

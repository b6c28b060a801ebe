/**
 * Values every part of the volunteer module shares: identities ({@link StationRef}), who is acting
 * ({@link Operator}) and the refusals ({@link PointsRefused}) that views translate for the person in front of them.
 */
package org.happystation.points.base;

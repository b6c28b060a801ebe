/**
 * The search benchmark run by {@code deploy/bench/policy-search}: 10,000 generated entries, 1,000 queries of
 * mixed length, timed against a naive substring scan over the same entries.
 */
package org.happystation.plugins.policy.bench;

/**
 * The station's entries in the host's record store (collection {@code policies}), the change stamp that
 * tells every server of the cluster when to rebuild its search index, the sample set seeded at a station's
 * first use, and the shared per-station index cache.
 */
package org.happystation.plugins.policy.store;

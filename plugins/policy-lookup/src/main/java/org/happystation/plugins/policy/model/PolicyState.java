package org.happystation.plugins.policy.model;

/** Where an entry is in its life: only published entries reach the kiosk and the public page. */
public enum PolicyState {
    DRAFT,
    PUBLISHED,
    RETIRED
}

package org.happystation.plugins.tutoring.domain;

/** A child on a class's roster. */
public record Pupil(long childId, String name) {}

package org.happystation.plugins.policy.search;

/** A piece of shown text; {@code match} when it is a word the resident searched for. */
public record Segment(String text, boolean match) {}

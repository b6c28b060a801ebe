package org.happystation.plugins.policy.model;

/**
 * Something wrong with one field of an entry.
 *
 * @param field the field's name as in the file format, for example {@code title}
 * @param code what is wrong: {@code missing}, {@code too-long}, {@code unknown-category}, {@code bad-date},
 *     {@code bad-state}, {@code bad-boolean}, {@code not-text}, {@code expiry-before-start}
 */
public record FieldProblem(String field, String code) {}

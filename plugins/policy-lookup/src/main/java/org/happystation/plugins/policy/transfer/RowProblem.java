package org.happystation.plugins.policy.transfer;

/**
 * Something wrong in an import file.
 *
 * @param row the entry's number: in JSON its place in the list (from 1), in CSV its row as a spreadsheet
 *     shows it (the header is row 1); 0 for a problem of the whole file
 * @param field the field's name, or empty for the whole row or file
 * @param code what is wrong (see {@link org.happystation.plugins.policy.model.FieldProblem}), or for the
 *     whole file {@code bad-json}, {@code bad-csv}, {@code no-header}, {@code no-entries}
 */
public record RowProblem(int row, String field, String code) {}

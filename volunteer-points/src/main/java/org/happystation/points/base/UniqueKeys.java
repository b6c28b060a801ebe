package org.happystation.points.base;

import java.sql.SQLException;

/**
 * Recognises the database's unique-key violation (SQLSTATE 23505 on PostgreSQL and H2) under whatever
 * the persistence provider wrapped it in. Unique keys are this module's last guard against doing a thing
 * twice, so their violation means "already done", not "broken".
 */
public final class UniqueKeys {

    private UniqueKeys() {}

    public static boolean violated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}

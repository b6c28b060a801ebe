package org.happystation.points;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the volunteer module's tables up to date. The module keeps its own migrations ({@code db/points})
 * and history table, so that its schema evolves with its code; the server calls this after its own.
 */
public final class PointsSchema {

    private PointsSchema() {}

    /** Returns the schema version reached. */
    public static String migrate(DataSource dataSource) {
        var result = Flyway.configure(PointsSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/points")
                .table("points_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        return result.targetSchemaVersion;
    }
}

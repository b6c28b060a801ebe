package org.happystation.kiosk.base;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.happystation.points.PointsSchema;

/**
 * Brings the database schema up to date when the application starts, before anything reads it.
 * Versioned scripts live in {@code db/migration}, and the volunteer module's own in its {@code db/points};
 * Hibernate never changes the schema itself.
 */
@ApplicationScoped
public class DatabaseMigrations {

    /** Startup observers that need the schema run after this priority. */
    public static final int DONE = 100;

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/StationDS")
    DataSource dataSource;

    void migrateOnStart(@Observes @Priority(DONE - 1) @Initialized(ApplicationScoped.class) Object started) {
        var result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        String points = PointsSchema.migrate(dataSource);
        LOG.info(() -> "Volunteer points schema at version " + points);
    }
}

package dev.parley.adapter.jdbc;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings a database's schema up to date with the scripts under {@code db/parley}; a no-op when it already is. */
final class Migrations {
    static final String LOCATION = "classpath:db/parley";
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void apply(DataSource dataSource, Vendor vendor) {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .placeholders(vendor.migrationPlaceholders())
                .failOnMissingLocations(true)
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated the {} schema to version {} ({} migrations)", vendor, result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }
}

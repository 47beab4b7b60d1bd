package dev.parley.adapter.pgcluster;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The cluster's tables, migrated by Flyway under their own history table: the store schema beside them keeps its own
 * versions, and either can change without the other.
 */
final class ClusterSchema {
    static final String HISTORY_TABLE = "parley_cluster_schema_history";

    private ClusterSchema() {
    }

    static void migrate(DataSource dataSource) {
        Flyway.configure(ClusterSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/pgcluster")
                .table(HISTORY_TABLE)
                // The database already holds the stores' tables: start this history below version 1, so V1 runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}

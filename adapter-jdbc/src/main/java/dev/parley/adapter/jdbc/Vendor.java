package dev.parley.adapter.jdbc;

import java.util.Locale;
import java.util.Map;

/** The two databases this adapter speaks to, and the little that differs between them. */
enum Vendor {
    SQLITE("jdbc:sqlite:", "org.sqlite.JDBC", "INTEGER PRIMARY KEY AUTOINCREMENT", "WITHOUT ROWID"),
    POSTGRESQL("jdbc:postgresql:", "org.postgresql.Driver", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "");

    private final String urlPrefix;
    private final String driverClass;
    private final String positionColumn;
    private final String keyOrderedTable;

    Vendor(String urlPrefix, String driverClass, String positionColumn, String keyOrderedTable) {
        this.urlPrefix = urlPrefix;
        this.driverClass = driverClass;
        this.positionColumn = positionColumn;
        this.keyOrderedTable = keyOrderedTable;
    }

    /** The vendor of a JDBC URL; {@link IllegalArgumentException} for any other database. */
    static Vendor of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Vendor vendor : values()) {
            if (lower.startsWith(vendor.urlPrefix)) {
                return vendor;
            }
        }
        throw new IllegalArgumentException("unsupported database URL (expected jdbc:sqlite:FILE or jdbc:postgresql://…): "
                + Redacted.url(jdbcUrl));
    }

    String urlPrefix() {
        return urlPrefix;
    }

    String driverClass() {
        return driverClass;
    }

    /** Values for the {@code ${…}} placeholders of the migration scripts. */
    Map<String, String> migrationPlaceholders() {
        return Map.of("position_column", positionColumn, "key_ordered_table", keyOrderedTable);
    }
}

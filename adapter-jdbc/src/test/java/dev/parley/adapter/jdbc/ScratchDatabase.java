package dev.parley.adapter.jdbc;

import dev.parley.adapter.jdbc.support.TempFolders;
import dev.parley.testing.postgres.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;

/** An empty database of one vendor for one test: a SQLite file in a folder of its own, or a PostgreSQL database. */
final class ScratchDatabase {
    private final Vendor vendor;
    private final String name;
    private final String url;

    private ScratchDatabase(Vendor vendor, String name, String url) {
        this.vendor = vendor;
        this.name = name;
        this.url = url;
    }

    static ScratchDatabase create(Vendor vendor) throws Exception {
        if (vendor == Vendor.SQLITE) {
            Path folder = Files.createTempDirectory("parley-group-commit-");
            return new ScratchDatabase(vendor, folder.toString(), "jdbc:sqlite:" + folder.resolve("parley.db"));
        }
        String database = TestPostgres.server().createDatabase("parley_");
        return new ScratchDatabase(vendor, database, TestPostgres.server().urlOf(database));
    }

    String url() {
        return url;
    }

    void drop() throws Exception {
        if (vendor == Vendor.SQLITE) {
            TempFolders.delete(Path.of(name));
        } else {
            TestPostgres.server().dropDatabase(name);
        }
    }
}

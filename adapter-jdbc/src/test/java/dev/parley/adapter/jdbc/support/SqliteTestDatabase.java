package dev.parley.adapter.jdbc.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** A SQLite file in a temporary folder of its own. */
final class SqliteTestDatabase extends TestDatabase {
    private Path folder;

    @Override
    protected String create() throws Exception {
        folder = Files.createTempDirectory("parley-sqlite-");
        return "jdbc:sqlite:" + folder.resolve("parley.db");
    }

    @Override
    protected void destroy() throws Exception {
        TempFolders.delete(folder);
    }
}

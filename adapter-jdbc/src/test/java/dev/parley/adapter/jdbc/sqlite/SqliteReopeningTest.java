package dev.parley.adapter.jdbc.sqlite;

import dev.parley.adapter.jdbc.support.ReopeningContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteReopeningTest extends ReopeningContract {
    @TempDir
    Path folder;

    @Override
    protected String emptyDatabase() {
        return "jdbc:sqlite:" + folder.resolve("parley.db");
    }
}

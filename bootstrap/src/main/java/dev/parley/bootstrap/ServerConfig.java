package dev.parley.bootstrap;

import dev.parley.adapter.security.Argon2Cost;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.domain.DomainSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the composition root needs to know: where to listen, token lifetimes, the signing key file, the hashing
 * cost, and where the data lives ({@value #IN_MEMORY}, or a JDBC URL).
 */
public record ServerConfig(ServerSettings server, DomainSettings domain, Path jwtKeyFile, Argon2Cost passwordCost, Clock clock,
        String database) {
    /** Where the signing key is kept unless configured otherwise. */
    public static final Path DEFAULT_KEY_FILE = Path.of("data", "jwt-signing.key");
    /** The {@code --db} value for the in-memory stores. */
    public static final String IN_MEMORY = "mem";
    /** The command line's default database: a SQLite file beside the signing key. */
    public static final String DEFAULT_DATABASE = "jdbc:sqlite:./data/parley.db";

    public ServerConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(jwtKeyFile, "jwtKeyFile");
        Objects.requireNonNull(passwordCost, "passwordCost");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(database, "database");
    }

    /**
     * The production defaults on {@code host:port}, on the in-memory stores: tests build on these, and each gets its own
     * data. The command line picks {@link #DEFAULT_DATABASE}.
     */
    public static ServerConfig defaults(String host, int port) {
        return new ServerConfig(ServerSettings.defaults(host, port), DomainSettings.defaults(), DEFAULT_KEY_FILE,
                Argon2Cost.recommended(), Clock.systemUTC(), IN_MEMORY);
    }

    public ServerConfig withServer(ServerSettings settings) {
        return new ServerConfig(settings, domain, jwtKeyFile, passwordCost, clock, database);
    }

    public ServerConfig withDomain(DomainSettings settings) {
        return new ServerConfig(server, settings, jwtKeyFile, passwordCost, clock, database);
    }

    public ServerConfig withJwtKeyFile(Path file) {
        return new ServerConfig(server, domain, file, passwordCost, clock, database);
    }

    public ServerConfig withPasswordCost(Argon2Cost cost) {
        return new ServerConfig(server, domain, jwtKeyFile, cost, clock, database);
    }

    /** {@value #IN_MEMORY} for the in-memory stores, else a JDBC URL ({@code jdbc:sqlite:FILE}, {@code jdbc:postgresql://…}). */
    public ServerConfig withDatabase(String value) {
        return new ServerConfig(server, domain, jwtKeyFile, passwordCost, clock, value);
    }

    public boolean inMemory() {
        return IN_MEMORY.equals(database);
    }
}

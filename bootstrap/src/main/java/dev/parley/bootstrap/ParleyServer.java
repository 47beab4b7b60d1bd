package dev.parley.bootstrap;

import dev.parley.adapter.inmemory.InMemoryOutbound;
import dev.parley.adapter.jdbc.JdbcStores;
import dev.parley.adapter.pgcluster.ClusterSettings;
import dev.parley.adapter.security.Argon2PasswordHasher;
import dev.parley.adapter.security.JwtAccessTokens;
import dev.parley.adapter.security.SigningKey;
import dev.parley.adapter.server.ParleyHttpServer;
import dev.parley.adapter.server.ServerSettings;
import dev.parley.adapter.server.ServerUseCases;
import dev.parley.domain.Outbound;
import dev.parley.domain.Parley;
import dev.parley.ports.out.AccessTokens;
import dev.parley.ports.out.PasswordHasher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The composition root of the server: the domain on a database's stores (SQLite, PostgreSQL) or the in-memory ones,
 * with Argon2id password hashing and JWT access tokens, served by the Jersey/Tyrus adapter. {@link #start()}, {@link #stop()}, {@link #port()}.
 */
public final class ParleyServer {
    /** Worker threads on a database, unless configured: enough waiting sends to fill a commit. */
    static final int DATABASE_WORKER_THREADS = 64;
    private final Parley parley;
    private final ParleyHttpServer http;
    private final Optional<JdbcStores> database;
    private final LiveSide live;

    private ParleyServer(Parley parley, ParleyHttpServer http, Optional<JdbcStores> database, LiveSide live) {
        this.parley = parley;
        this.http = http;
        this.database = database;
        this.live = live;
    }

    /** A server that, on PostgreSQL, joins the other nodes of the database under a random node id. */
    public static ParleyServer create(ServerConfig config) {
        return create(config, ClusterSettings.defaults(ClusterSettings.randomNodeId()));
    }

    /** A server that, on PostgreSQL, joins the other nodes of the database as {@code node} (unused on other databases). */
    public static ParleyServer create(ServerConfig config, ClusterSettings node) {
        Optional<JdbcStores> database = openDatabase(config);
        Optional<LiveSide> live = Optional.empty();
        try {
            live = Optional.of(LiveSide.open(config, node));
            Parley parley = Parley.create(outbound(config, database, live.get()), config.domain());
            return new ParleyServer(parley, ParleyHttpServer.create(useCases(parley), serverSettings(config), config.clock()),
                    database, live.get());
        } catch (RuntimeException failed) {
            live.ifPresent(LiveSide::close);
            database.ifPresent(JdbcStores::close);
            throw failed;
        }
    }

    /**
     * The listener's settings with its worker threads decided when not configured: on a database every send and ack
     * waits for its commit on a worker thread, and commits are shared by whoever waits together (group commit), so
     * a database gets {@value #DATABASE_WORKER_THREADS}; in memory nothing waits, and Grizzly's default (twice the
     * cores) is kept.
     */
    static ServerSettings serverSettings(ServerConfig config) {
        ServerSettings settings = config.server();
        if (settings.workerThreads().isPresent()) {
            return settings;
        }
        return settings.withWorkerThreads(config.inMemory() ? 2 * Runtime.getRuntime().availableProcessors() : DATABASE_WORKER_THREADS);
    }

    /** None for the in-memory stores; else the stores of the configured JDBC URL, migrated. */
    static Optional<JdbcStores> openDatabase(ServerConfig config) {
        return config.inMemory() ? Optional.empty() : Optional.of(JdbcStores.open(config.database()));
    }

    /**
     * The database's stores (or the in-memory ones), with the security adapter's hasher and tokens, and the node's
     * presence and live signals (shared across nodes on PostgreSQL); ids suited to the store; the clock of this process.
     */
    static Outbound outbound(ServerConfig config, Optional<JdbcStores> database, LiveSide live) {
        Outbound memory = InMemoryOutbound.create(config.clock());
        PasswordHasher hasher = new Argon2PasswordHasher(config.passwordCost());
        AccessTokens tokens = new JwtAccessTokens(SigningKey.loadOrCreate(config.jwtKeyFile()), config.clock());
        if (database.isEmpty()) {
            return new Outbound(memory.users(), memory.friendships(), memory.agents(), memory.messages(),
                    memory.mailboxes(), memory.loginSessions(), hasher, tokens, memory.ids(), memory.clock(),
                    live.presence(), live.signals());
        }
        JdbcStores stores = database.get();
        return new Outbound(stores.users(), stores.friendships(), stores.agents(), stores.messages(),
                stores.mailboxes(), stores.loginSessions(), hasher, tokens, stores.ids(), memory.clock(),
                live.presence(), live.signals());
    }

    static ServerUseCases useCases(Parley parley) {
        return new ServerUseCases(parley.signUp(), parley.logIn(), parley.logOut(), parley.refreshTokens(),
                parley.authenticate(), parley.sendFriendRequest(), parley.acceptFriendRequest(), parley.rejectFriendRequest(),
                parley.removeFriend(), parley.listFriends(), parley.listFriendRequests(), parley.registerAgent(),
                parley.updateAgent(), parley.removeAgent(), parley.listOwnAgents(), parley.listFriendAgents(),
                parley.sendMessage(), parley.readHistory(), parley.openDeliverySession());
    }

    public ParleyServer start() {
        try {
            http.start();
        } catch (IOException failed) {
            throw new UncheckedIOException("the server could not start listening", failed);
        }
        return this;
    }

    /** Closes WebSocket sessions with 1001, drains HTTP, stops, then releases the database. */
    public void stop() {
        http.stop();
        live.close();
        database.ifPresent(JdbcStores::close);
    }

    /** The bound port (useful after asking for port 0). */
    public int port() {
        return http.port();
    }

    /** The domain behind the server, for seeding (the {@code --demo} data). */
    public Parley parley() {
        return parley;
    }
}

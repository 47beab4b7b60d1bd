package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Signal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@value SignalSender#CHANNEL} on one thread and its own connection, and hands each signal to the lanes.
 * It pings the database every second, remembering the database's time; when the connection fails it reconnects,
 * and once listening again it makes up for the gap: it replays the journal entries it missed (events and
 * revocations published since the last ping, minus a margin) and wakes every session of this node, which then reads
 * whatever messages arrived meanwhile.
 */
final class SignalListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SignalListener.class);
    private static final int POLL_MILLIS = 250;
    private static final long PING_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String MARGIN = "5 seconds";

    private final ListenerConnections connections;
    private final Inbound inbound;
    private final Supplier<Set<UserId>> localUsers;
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean running = true;
    /** The database's clock (epoch millis) at the last ping that answered. Listener thread only. */
    private OptionalLong lastAlive = OptionalLong.empty();

    SignalListener(ListenerConnections connections, SignalLanes lanes, Supplier<Set<UserId>> localUsers) {
        this.connections = connections;
        this.inbound = new Inbound(lanes);
        this.localUsers = localUsers;
        this.thread = new Thread(this::run, "parley-signal-listener");
        thread.setDaemon(true);
    }

    /** Starts listening; false when the first LISTEN did not succeed within {@code timeout} (it keeps trying). */
    boolean start(Duration timeout) throws InterruptedException {
        thread.start();
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void run() {
        Backoff backoff = new Backoff();
        while (running) {
            try (Connection connection = connections.open()) {
                listen(connection);
                if (backoff.failing()) {
                    LOG.info("Listening for signals again");
                }
                backoff.reset();
                receive(connection);
            } catch (SQLException | RuntimeException failed) {
                if (running && !backoff.failing()) {
                    LOG.warn("The signal listener lost its connection; reconnecting", failed);
                }
                if (running && !backoff.pause()) {
                    return;
                }
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + SignalSender.CHANNEL);
        }
        long now = ping(connection);
        listening.countDown();
        if (lastAlive.isPresent()) {
            catchUp(connection, lastAlive.getAsLong());
        }
        // Only once caught up: a catch-up cut short by another failure starts again from the same point.
        lastAlive = OptionalLong.of(now);
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection notifications = connection.unwrap(PGConnection.class);
        long lastPing = System.nanoTime();
        while (running) {
            PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
            if (received != null) {
                for (PGNotification notification : received) {
                    inbound.notification(notification.getParameter());
                }
            }
            if (System.nanoTime() - lastPing >= PING_NANOS) {
                lastAlive = OptionalLong.of(ping(connection));
                lastPing = System.nanoTime();
            }
        }
    }

    /** Replays the journal entries published since {@code sinceMillis} (less a margin) that this node has not seen, then wakes every local session. */
    private void catchUp(Connection connection, long sinceMillis) throws SQLException {
        int replayed = 0;
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, payload FROM signal_journal
                WHERE published_at >= to_timestamp(? / 1000.0) - interval '""" + MARGIN + "' ORDER BY id")) {
            query.setLong(1, sinceMillis);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    replayed += inbound.journalEntry(rows.getLong(1), rows.getString(2)) ? 1 : 0;
                }
            }
        }
        Set<UserId> users = localUsers.get();
        users.forEach(user -> inbound.dispatch(new Signal.MessagesWaiting(user)));
        LOG.info("Caught up after a gap: {} missed events replayed, {} local users woken", replayed, users.size());
    }

    private static long ping(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet now = statement.executeQuery("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) {
            now.next();
            return now.getLong(1);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(TimeUnit.SECONDS.toMillis(2));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

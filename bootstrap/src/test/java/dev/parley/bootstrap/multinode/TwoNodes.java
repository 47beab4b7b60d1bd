package dev.parley.bootstrap.multinode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code parley} processes, {@code a} and {@code b}, on a fresh PostgreSQL database, sharing one signing key,
 * for the tests of one class; a test may start more on the same database with {@link #startNode}.
 */
abstract class TwoNodes {
    static final Duration LEASE = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static ClusterDatabase database;
    static Node a;
    static Node b;
    private static final List<Node> started = new ArrayList<>();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = ClusterDatabase.create();
        // One after the other: the first creates the signing key file the second then reads.
        a = startNode("node-a", LEASE);
        b = startNode("node-b", LEASE);
    }

    @AfterAll
    static void stopNodes() throws Exception {
        try {
            for (Node node : started) {
                node.close();
            }
        } finally {
            started.clear();
            database.drop();
        }
    }

    static Node startNode(String nodeId, Duration lease) throws Exception {
        Node node = Node.start(database, dir.resolve("jwt.key"), nodeId, lease);
        started.add(node);
        return node;
    }

    static Predicate<JsonNode> presenceOf(Account user, boolean online) {
        return frame -> frame.path("event").asText().equals("presence") && frame.path("user_id").asText().equals(user.id())
                && frame.path("online").asBoolean() == online;
    }
}

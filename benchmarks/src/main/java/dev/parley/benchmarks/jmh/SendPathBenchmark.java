package dev.parley.benchmarks.jmh;

import dev.parley.adapter.inmemory.InMemoryOutbound;
import dev.parley.adapter.jdbc.JdbcStores;
import dev.parley.domain.DomainSettings;
import dev.parley.domain.Outbound;
import dev.parley.domain.Parley;
import dev.parley.ports.in.DeliverySession;
import dev.parley.ports.in.SessionSink;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.OutgoingMessage;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One message through the domain, as the server's WebSocket {@code send} drives it: checks, append, the
 * {@code MessagesWaiting} signal, and the drain that hands it to the recipient's live session (a sink that only
 * remembers the seq; it is acknowledged every {@link #ACK_EVERY} messages, as a client does). On the in-memory
 * stores, and on SQLite through {@link JdbcStores} (a fresh file each iteration, so the stores stay small).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class SendPathBenchmark {
    static final int ACK_EVERY = 64;
    static final int IN_FLIGHT = 64;

    @Param({"mem", "sqlite"})
    public String store;

    private Path folder;
    private Optional<JdbcStores> database = Optional.empty();
    private Parley parley;
    private User sender;
    private User recipient;
    private DeliverySession session;
    private volatile long lastDelivered;
    private long sent;
    private final OutgoingMessage message = OutgoingMessage.opening(MessageType.INFORMATION, new AgentName("a"),
            Content.json(Samples.CONTENT));

    @Setup(Level.Iteration)
    public void start() throws IOException {
        folder = Files.createTempDirectory("parley-jmh-");
        Outbound memory = InMemoryOutbound.create(Clock.systemUTC());
        database = store.equals("sqlite") ? Optional.of(JdbcStores.open("jdbc:sqlite:" + folder.resolve("parley.db")))
                : Optional.empty();
        parley = Parley.create(database.map(stores -> onDatabase(memory, stores)).orElse(memory), DomainSettings.defaults());
        sender = user("sender");
        recipient = user("recipient");
        parley.sendFriendRequest().sendFriendRequest(sender.id(), recipient.username());
        parley.acceptFriendRequest().acceptFriendRequest(recipient.id(), sender.username());
        session = parley.openDeliverySession().openDeliverySession(
                new Principal(recipient.id(), recipient.username(), new SessionId("jmh")), AgentSelection.all(), new Sink());
    }

    /**
     * {@value #IN_FLIGHT} sends made without waiting, as one WebSocket connection pipelines them, then all awaited:
     * on SQLite they share commits, so this is the cost per message of the group-committed path.
     */
    @Benchmark
    @OperationsPerInvocation(IN_FLIGHT)
    public long sendPipelined() {
        List<CompletableFuture<Message>> answers = new ArrayList<>(IN_FLIGHT);
        for (int i = 0; i < IN_FLIGHT; i++) {
            answers.add(parley.sendMessage().sendMessageAsync(sender.id(), recipient.id(), message).toCompletableFuture());
        }
        long last = 0;
        for (CompletableFuture<Message> answer : answers) {
            last = answer.join().seq().value();
        }
        session.acknowledge(new Seq(lastDelivered));
        return last;
    }

    @Benchmark
    public Message send() {
        Message stored = parley.sendMessage().sendMessage(sender.id(), recipient.id(), message);
        if (++sent % ACK_EVERY == 0) {
            session.acknowledge(new Seq(lastDelivered));
        }
        return stored;
    }

    @TearDown(Level.Iteration)
    public void stop() throws IOException {
        session.close();
        database.ifPresent(JdbcStores::close);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private User user(String name) {
        User user = parley.signUp().signUp(new Username(name), new Password("benchmark-password"));
        parley.registerAgent().registerAgent(user.id(), AgentCard.of("a", "benchmark agent", "assistant"));
        return user;
    }

    private static Outbound onDatabase(Outbound memory, JdbcStores stores) {
        return new Outbound(stores.users(), stores.friendships(), stores.agents(), stores.messages(), stores.mailboxes(),
                stores.loginSessions(), memory.passwordHasher(), memory.accessTokens(), stores.ids(), memory.clock(),
                memory.presence(), memory.signals());
    }

    /** The recipient's connection, reduced to remembering what it was handed. */
    private final class Sink implements SessionSink {
        @Override
        public void deliver(Message delivered) {
            lastDelivered = delivered.seq().value();
        }

        @Override
        public void event(ServerEvent event) {
        }

        @Override
        public void revoked() {
        }
    }
}

package dev.parley.ports.client.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.AgentCard;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterEach;

/**
 * Base of the client contract suites: every suite runs against any transport of {@link ParleyClient} (the in-memory
 * network, the WebSocket client on a real server). Usernames are random, so a suite may share one server.
 */
public abstract class ParleyClientContract {
    private final List<ParleyClient> clients = new CopyOnWriteArrayList<>();

    /** A fresh, logged-out client of the network or server under test (the same one for every call in a test). */
    protected abstract ParleyClient newClient();

    /** How long {@link #eventually} waits for asynchronous delivery; raise it for slow transports. */
    protected Duration deliveryTimeout() {
        return Duration.ofSeconds(5);
    }

    /** Retries the assertion with a short poll until it holds: immediate for a synchronous network. */
    protected final void eventually(ThrowingRunnable assertion) {
        Awaitility.await()
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .atMost(deliveryTimeout())
                .untilAsserted(assertion);
    }

    @AfterEach
    void closeClients() {
        clients.forEach(ParleyClient::close);
    }

    /** A new client, closed after the test. */
    protected final ParleyClient client() {
        ParleyClient client = newClient();
        clients.add(client);
        return client;
    }

    /** A username no other test uses: the prefix and a random suffix. */
    protected static Username uniqueName(String prefix) {
        return new Username(prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    /** A new user, signed up and logged in on a client of their own. */
    protected final Member member(String prefix) {
        Username name = uniqueName(prefix);
        String password = "pw-" + UUID.randomUUID();
        ParleyClient client = client();
        Futures.done(client.signUp(name, new Password(password)));
        User user = Futures.done(client.logIn(name.value(), password));
        return new Member(client, user, password);
    }

    /** Two new users who are friends. */
    protected final void befriend(Member one, Member other) {
        Futures.done(one.client().sendFriendRequest(other.name()));
        Futures.done(other.client().acceptFriendRequest(one.name()));
    }

    /** Registers an agent of the given name for the member. */
    protected static void agent(Member owner, String name) {
        Futures.done(owner.client().registerAgent(AgentCard.of(name, "the " + name, "assistant")));
    }

    protected static void assertRefused(CompletableFuture<?> call, ErrorCode code) {
        assertThat(Futures.refusal(call).code()).isEqualTo(code);
    }
}

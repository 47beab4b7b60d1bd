package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.server.limits.Limits;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.RawHttp;
import dev.parley.bootstrap.support.RawWebSocket;
import dev.parley.bootstrap.support.RawWebSocket.Frame;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session whose client sends nothing, not even a pong, is closed after the idle timeout; one that answers pings stays. */
class IdleSessionsTest {
    private static final Duration PING = Duration.ofMillis(250);
    private static final Duration IDLE = Duration.ofMillis(1500);

    @RegisterExtension
    static final TestServer server = new TestServer((config, dir) -> config.withServer(config.server().withPingInterval(PING, IDLE)
            .withLimits(Limits.defaults().withSessionsPerUser(1))));

    @Test
    void aClientThatAnswersNothingIsPingedThenClosedWith1001() throws IOException {
        Account alice = server.fixtures().user("mute");
        List<Integer> opcodes = new ArrayList<>();
        Frame close;
        try (RawWebSocket mute = RawWebSocket.open(server.port(), alice.token())) {
            Optional<Frame> frame = mute.next();
            while (frame.isPresent() && frame.get().opcode() != RawWebSocket.CLOSE) {
                opcodes.add(frame.get().opcode());
                frame = mute.next();
            }
            assertThat(frame).as("a close frame before the end of the stream").isPresent();
            close = frame.get();
            assertThat(mute.next()).as("the server drops the connection after its close frame").isEmpty();
        }

        assertThat(opcodes).as("pings, one per interval, all unanswered").hasSizeGreaterThanOrEqualTo(4)
                .containsOnly(RawWebSocket.PING);
        assertThat(close.closeCode()).isEqualTo(1001);
        assertThat(close.closeReason()).isEqualTo("idle_timeout");
    }

    @Test
    void aClientThatOnlyAnswersPingsStaysOpenPastTheIdleTimeout() throws InterruptedException {
        Account bob = server.fixtures().user("quiet");
        WsConnection quiet = server.ws().connect(bob.token());

        Thread.sleep(IDLE.multipliedBy(2).toMillis());

        assertThat(quiet.isOpen()).isTrue();
        quiet.send("{\"action\":\"ping\"}");
        assertThat(quiet.take("pong").path("event").asText()).isEqualTo("pong");
        quiet.close();
    }

    @Test
    void theIdleCloseFreesTheUsersOneSessionSlot() throws IOException {
        Account carol = server.fixtures().user("gone");
        try (RawWebSocket mute = RawWebSocket.open(server.port(), carol.token())) {
            assertThat(RawHttp.upgrade(server.port(), "/ws?token=" + carol.token()).status()).as("her one slot is taken").isEqualTo(429);
            Optional<Frame> frame = mute.next();
            while (frame.isPresent()) {
                frame = mute.next();
            }
        }

        WsConnection back = server.ws().connect(carol.token());
        back.send("{\"action\":\"ping\"}");
        assertThat(back.take("pong").path("event").asText()).isEqualTo("pong");
        back.close();
    }
}

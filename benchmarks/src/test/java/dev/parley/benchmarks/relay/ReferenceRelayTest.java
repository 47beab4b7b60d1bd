package dev.parley.benchmarks.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceRelayTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private ReferenceRelay relay;

    @AfterEach
    void stop() {
        relay.stop();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void aRestSendReachesTheRecipientsSocketAsAMessageFrame(boolean jersey) throws Exception {
        relay = ReferenceRelay.start("127.0.0.1", 0, jersey);
        String bob = login("bob");
        BlockingQueue<String> bobFrames = new LinkedBlockingQueue<>();
        WebSocket bobSocket = connect(bob, bobFrames);
        // The pong proves the relay registered bob's socket: the relay keeps nothing for a socket not yet open.
        bobSocket.sendText("{\"action\":\"ping\"}", true).join();
        assertThat(bobFrames.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"event\":\"pong\"}");
        HttpResponse<String> sent = post("message/" + bob, login("alice"),
                "{\"type\":\"INFORMATION\",\"recipient_agent\":\"a\",\"content\":{\"text\":\"hi\"}}");
        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(bobFrames.poll(10, TimeUnit.SECONDS)).startsWith("{\"event\":\"message\"").contains("\"seq\":1")
                .contains("\"content\":{\"text\":\"hi\"}").contains("\"recipient_username\":\"bob\"");
    }

    @Test
    void aWebSocketSendIsConfirmedToTheSenderAndPushedToTheRecipient() throws Exception {
        relay = ReferenceRelay.start("127.0.0.1", 0, false);
        String alice = login("alice");
        String bob = login("bob");
        BlockingQueue<String> aliceFrames = new LinkedBlockingQueue<>();
        BlockingQueue<String> bobFrames = new LinkedBlockingQueue<>();
        WebSocket aliceSocket = connect(alice, aliceFrames);
        WebSocket bobSocket = connect(bob, bobFrames);
        bobSocket.sendText("{\"action\":\"ping\"}", true).join();
        assertThat(bobFrames.poll(10, TimeUnit.SECONDS)).isEqualTo("{\"event\":\"pong\"}");
        aliceSocket.sendText("{\"action\":\"send\",\"ref\":\"r1\",\"to\":\"" + bob
                + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"a\",\"content\":{\"text\":\"hi\"}}", true).join();
        assertThat(aliceFrames.poll(10, TimeUnit.SECONDS)).startsWith("{\"event\":\"sent\",\"ref\":\"r1\"");
        assertThat(bobFrames.poll(10, TimeUnit.SECONDS)).startsWith("{\"event\":\"message\"").contains("\"sender_username\":\"alice\"");
    }

    private String login(String name) throws Exception {
        String body = post("login", "", "{\"username\":\"" + name + "\",\"password\":\"whatever-it-is\"}").body();
        return body.replaceAll(".*\"user_id\":\"([^\"]+)\".*", "$1");
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + relay.port() + "/" + path))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private WebSocket connect(String token, BlockingQueue<String> frames) {
        return http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + relay.port() + "/ws?token=" + token),
                new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                        frames.add(data.toString());
                        socket.request(1);
                        return null;
                    }
                }).join();
    }
}

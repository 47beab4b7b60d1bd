package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebSocketFramesTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final Fixtures given = server.fixtures();
    private Account alice;
    private Account bob;

    @BeforeEach
    void friendsWithAgents() {
        alice = given.user("alice");
        bob = given.user("bob");
        given.befriend(alice, bob);
        given.agent(bob, "assistant");
    }

    @Test
    void sendStoresTheMessageAndAnswersSentWithTheRef() {
        WsConnection alices = server.ws().connect(alice.token());
        WsConnection bobs = server.ws().connect(bob.token());

        alices.send("{\"action\":\"send\",\"ref\":\"r-1\",\"to\":\"" + bob.id()
                + "\",\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{\"q\":[1, \"two\", true, null]}}");

        JsonNode sent = alices.take("sent");
        assertThat(sent.get("ref").asText()).isEqualTo("r-1");
        assertThat(sent.get("message").get("type").asText()).isEqualTo("QUERY");
        assertThat(sent.get("message").get("content").toString()).isEqualTo("{\"q\":[1,\"two\",true,null]}");
        assertThat(bobs.take("message").get("message")).isEqualTo(sent.get("message"));
        alices.close();
        bobs.close();
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedByNameWithTheFramesRefAndMalformedJsonWithout() {
        WsConnection alices = server.ws().connect(alice.token());

        alices.send("{\"action\":\"send\",\"ref\":\"r-9\",\"to\":5}");
        JsonNode wrongType = alices.take("error");
        alices.send("{\"action\":\"send\",\"ref\":\"r-10\",");
        JsonNode malformed = alices.take("error");

        assertThat(wrongType.get("ref").asText()).isEqualTo("r-9");
        assertThat(wrongType.get("code").asText()).isEqualTo("invalid_request");
        assertThat(wrongType.get("detail").asText()).startsWith("to:");
        assertThat(malformed.has("ref")).isFalse();
        assertThat(malformed.get("detail").asText()).startsWith("frame: malformed JSON");
        assertThat(alices.ready().isOpen()).isTrue();
    }

    @Test
    void aRefusedSendAnswersAnErrorFrameWithTheRefAndTheSessionStaysOpen() {
        Account stranger = given.user("stranger");
        WsConnection alices = server.ws().connect(alice.token());

        alices.send("{\"action\":\"send\",\"ref\":7,\"to\":\"" + stranger.id()
                + "\",\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{}}");

        JsonNode error = alices.take("error");
        assertThat(error.get("ref").asInt()).isEqualTo(7);
        assertThat(error.get("status").asInt()).isEqualTo(403);
        assertThat(error.get("code").asText()).isEqualTo("not_friends");
        assertThat(error.get("detail").asText()).isNotBlank();
        assertThat(alices.ready().isOpen()).isTrue();
        alices.close();
    }

    @Test
    void pingIsAnsweredWithPong() {
        WsConnection alices = server.ws().connect(alice.token());

        alices.send("{\"action\":\"ping\"}");

        assertThat(alices.take("pong").get("event").asText()).isEqualTo("pong");
        alices.close();
    }

    @Test
    void anUnknownActionMalformedJsonOrAWrongTypeGetsAnErrorFrameAndTheSessionStaysOpen() {
        WsConnection alices = server.ws().connect(alice.token());

        alices.send("{\"action\":\"dance\",\"ref\":\"a\"}");
        alices.send("{\"action\":");
        alices.send("{\"action\":\"ack\",\"seq\":\"five\"}");
        alices.send("[1,2,3]");

        JsonNode unknown = alices.take("error");
        assertThat(unknown.get("ref").asText()).isEqualTo("a");
        assertThat(unknown.get("code").asText()).isEqualTo("invalid_request");
        assertThat(unknown.get("detail").asText()).contains("action");
        assertThat(alices.take("error").get("status").asInt()).isEqualTo(400);
        assertThat(alices.take("error").get("detail").asText()).contains("seq");
        assertThat(alices.take("error").get("code").asText()).isEqualTo("invalid_request");
        assertThat(alices.ready().isOpen()).isTrue();
        alices.close();
    }

    @Test
    void aBinaryFrameGetsAnErrorFrameAndTheSessionStaysOpen() {
        WsConnection alices = server.ws().connect(alice.token());

        alices.sendBinary(new byte[] {1, 2, 3});

        assertThat(alices.take("error").get("code").asText()).isEqualTo("invalid_request");
        assertThat(alices.ready().isOpen()).isTrue();
        alices.close();
    }

    @Test
    void aFrameOver128KiBIsRefusedWithoutDisturbingAnotherSession() {
        WsConnection alices = server.ws().connect(alice.token());
        WsConnection bobs = server.ws().connect(bob.token());

        alices.send("{\"action\":\"ping\",\"padding\":\"" + "x".repeat(200 * 1024) + "\"}");

        JsonNode error = alices.take("error");
        assertThat(error.get("status").asInt()).isEqualTo(413);
        assertThat(error.get("code").asText()).isEqualTo("payload_too_large");
        assertThat(alices.ready().isOpen()).isTrue();
        JsonNode sent = given.text(alice, bob, "assistant", "still here");
        assertThat(bobs.take("message").get("message")).isEqualTo(sent);
        alices.close();
        bobs.close();
    }

    @Test
    void aFragmentedMessageOver128KiBClosesOnlyThatSessionWith1009() {
        WsConnection alices = server.ws().connect(alice.token());
        WsConnection bobs = server.ws().connect(bob.token());

        alices.sendFragments("x".repeat(100 * 1024), 2);

        assertThat(alices.awaitClose().getCloseCode().getCode()).isEqualTo(1009);
        assertThat(bobs.ready().isOpen()).isTrue();
        bobs.close();
    }

    @Test
    void friendRequestsAndAcceptancesArePushedToTheOtherUser() {
        Account carol = given.user("carol");
        WsConnection carols = server.ws().connect(carol.token());
        WsConnection alices = server.ws().connect(alice.token());

        server.http().post("/friend_request/" + carol.username(), "", alice.token());
        JsonNode request = carols.take("friend_request");
        server.http().post("/accept_friend_request/" + alice.username(), "", carol.token());
        JsonNode accepted = alices.take("friend_accepted");

        assertThat(request.get("from").get("id").asText()).isEqualTo(alice.id());
        assertThat(request.get("from").get("username").asText()).isEqualTo(alice.username());
        assertThat(request.get("from").get("created_at").asText()).matches(AccountsTest.TIME);
        assertThat(accepted.get("friend").get("id").asText()).isEqualTo(carol.id());
        carols.close();
        alices.close();
    }

    @Test
    void friendsHearWhenAUserComesOnlineAndGoesOffline() {
        WsConnection alices = server.ws().connect(alice.token());

        WsConnection bobs = server.ws().connect(bob.token());
        JsonNode online = alices.take("presence");
        bobs.close();
        JsonNode offline = alices.take("presence");

        assertThat(online.get("user_id").asText()).isEqualTo(bob.id());
        assertThat(online.get("online").asBoolean()).isTrue();
        assertThat(offline.get("user_id").asText()).isEqualTo(bob.id());
        assertThat(offline.get("online").asBoolean()).isFalse();
        alices.close();
    }
}

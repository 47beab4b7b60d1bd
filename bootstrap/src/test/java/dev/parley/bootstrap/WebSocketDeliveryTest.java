package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WebSocketDeliveryTest {
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
        given.agent(bob, "planner");
    }

    @Test
    void aMessageSentWhileTheRecipientIsConnectedArrivesAsAMessageFrame() {
        WsConnection bobs = server.ws().connect(bob.token());

        JsonNode sent = given.text(alice, bob, "assistant", "hello");

        JsonNode frame = bobs.take("message");
        assertThat(frame.get("message")).isEqualTo(sent);
        assertThat(frame.get("message").get("content").get("text").asText()).isEqualTo("hello");
        bobs.close();
    }

    @Test
    void messagesSentWhileOfflineArriveOldestFirstWhenASessionOpens() {
        List<Long> seqs = List.of(
                given.text(alice, bob, "assistant", "one").get("seq").asLong(),
                given.text(alice, bob, "assistant", "two").get("seq").asLong(),
                given.text(alice, bob, "assistant", "three").get("seq").asLong());

        WsConnection bobs = server.ws().connect(bob.token());

        assertThat(bobs.messagesSoFar()).extracting(frame -> frame.get("message").get("seq").asLong()).isEqualTo(seqs);
        assertThat(seqs).isSorted().doesNotHaveDuplicates();
        bobs.close();
    }

    @Test
    void whatIsNotAckedIsDeliveredAgainOnReconnectAndWhatIsAckedIsNot() {
        long first = given.text(alice, bob, "assistant", "one").get("seq").asLong();
        long second = given.text(alice, bob, "assistant", "two").get("seq").asLong();
        WsConnection before = server.ws().connect(bob.token());
        assertThat(before.messagesSoFar()).hasSize(2);
        before.send("{\"action\":\"ack\",\"seq\":" + first + "}");
        before.ready();
        before.close();

        WsConnection after = server.ws().connect(bob.token());

        assertThat(after.messagesSoFar()).extracting(frame -> frame.get("message").get("seq").asLong()).containsExactly(second);
        after.close();
    }

    @Test
    void resumeDeliversAgainWhatIsNotAckedAfterTheGivenSeq() {
        long first = given.text(alice, bob, "assistant", "one").get("seq").asLong();
        long second = given.text(alice, bob, "assistant", "two").get("seq").asLong();
        WsConnection bobs = server.ws().connect(bob.token());
        assertThat(bobs.messagesSoFar()).hasSize(2);

        bobs.send("{\"action\":\"resume\",\"after_seq\":" + first + "}");

        assertThat(bobs.messagesSoFar()).extracting(frame -> frame.get("message").get("seq").asLong()).containsExactly(second);
        bobs.close();
    }

    @Test
    void aSessionWithAnAgentsFilterGetsOnlyThoseAgentsMessages() {
        WsConnection planner = server.ws().connectQuery("token=" + bob.token() + "&agents=planner");
        given.text(alice, bob, "assistant", "for the assistant");
        JsonNode forPlanner = given.text(alice, bob, "planner", "for the planner");

        assertThat(planner.messagesSoFar()).extracting(frame -> frame.get("message")).containsExactly(forPlanner);
        planner.close();

        WsConnection assistant = server.ws().connectQuery("token=" + bob.token() + "&agents=assistant");
        assertThat(assistant.messagesSoFar()).extracting(frame -> frame.get("message").get("recipient_agent").asText())
                .containsExactly("assistant");
        assistant.close();
    }

    @Test
    void aMessageAckedByOneSessionOfAnAgentIsNotRedeliveredToTheNext() {
        WsConnection one = server.ws().connect(bob.token());
        WsConnection two = server.ws().connect(bob.token());
        long seq = given.text(alice, bob, "assistant", "both see it").get("seq").asLong();
        assertThat(one.take("message").get("message").get("seq").asLong()).isEqualTo(seq);
        assertThat(two.take("message").get("message").get("seq").asLong()).isEqualTo(seq);

        one.send("{\"action\":\"ack\",\"seq\":" + seq + "}");
        one.ready();
        one.close();
        two.close();

        WsConnection later = server.ws().connect(bob.token());
        assertThat(later.messagesSoFar()).isEmpty();
        later.close();
    }

    @Test
    void anAgentIsOnlineWhileASessionServesIt() {
        WsConnection planner = server.ws().connectQuery("token=" + bob.token() + "&agents=planner");

        JsonNode agents = server.http().get("/agents/" + bob.id(), alice.token()).json();

        assertThat(agents.findValues("name")).extracting(JsonNode::asText).containsExactly("assistant", "planner");
        assertThat(agents.get(0).get("online").asBoolean()).isFalse();
        assertThat(agents.get(1).get("online").asBoolean()).isTrue();
        planner.close();
    }
}

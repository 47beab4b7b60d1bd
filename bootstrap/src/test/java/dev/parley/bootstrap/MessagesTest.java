package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MessagesTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();
    private Account alice;
    private Account bob;

    @BeforeEach
    void friendsWithAgents() {
        alice = given.user("alice");
        bob = given.user("bob");
        given.befriend(alice, bob);
        given.agent(alice, "planner");
        given.agent(bob, "assistant");
    }

    private Reply send(Account from, Account to, String body) {
        return http.post("/message/" + to.id(), body, from.token());
    }

    @Test
    void sendingAnswers202WithTheStoredMessage() {
        Reply sent = send(alice, bob, "{\"type\":\"PROPOSAL\",\"recipient_agent\":\"assistant\",\"sender_agent\":\"planner\","
                + "\"content\":{\"offer\": \"lunch\", \"price\": 12.50, \"tags\": [\"a\", {\"b\": null}]}}");

        assertThat(sent.status()).isEqualTo(202);
        JsonNode message = sent.json();
        assertThat(message.get("id").asText()).isNotBlank();
        assertThat(message.get("seq").isIntegralNumber()).isTrue();
        assertThat(message.get("conversation_id").asText()).isNotBlank();
        assertThat(message.get("in_reply_to").isNull()).isTrue();
        assertThat(message.get("type").asText()).isEqualTo("PROPOSAL");
        assertThat(message.get("sender_id").asText()).isEqualTo(alice.id());
        assertThat(message.get("sender_username").asText()).isEqualTo(alice.username());
        assertThat(message.get("sender_agent").asText()).isEqualTo("planner");
        assertThat(message.get("recipient_id").asText()).isEqualTo(bob.id());
        assertThat(message.get("recipient_username").asText()).isEqualTo(bob.username());
        assertThat(message.get("recipient_agent").asText()).isEqualTo("assistant");
        assertThat(message.get("created_at").asText()).matches(AccountsTest.TIME);
        assertThat(sent.body()).contains("\"content\":{\"offer\":\"lunch\",\"price\":12.50,\"tags\":[\"a\",{\"b\":null}]}");
    }

    @Test
    void aMessageFromTheUserHasANullSenderAgentAndSeqsIncreasePerRecipient() {
        JsonNode first = given.text(alice, bob, "assistant", "one");
        JsonNode second = given.text(alice, bob, "assistant", "two");

        assertThat(first.get("sender_agent").isNull()).isTrue();
        assertThat(second.get("seq").asLong()).isGreaterThan(first.get("seq").asLong());
    }

    @Test
    void aReplyGoesToTheSenderAndDerivesTheRecipientAgent() {
        JsonNode query = send(alice, bob, "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"sender_agent\":\"planner\","
                + "\"content\":{\"q\":\"when?\"}}").json();

        Reply answer = send(bob, alice, "{\"type\":\"INFORMATION\",\"in_reply_to\":\"" + query.get("id").asText()
                + "\",\"sender_agent\":\"assistant\",\"content\":{\"text\":\"noon\"}}");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.json().get("recipient_agent").asText()).isEqualTo("planner");
        assertThat(answer.json().get("in_reply_to").asText()).isEqualTo(query.get("id").asText());
        assertThat(answer.json().get("conversation_id")).isEqualTo(query.get("conversation_id"));
    }

    @Test
    void agentsMustExistOnBothSides() {
        Reply unknownRecipientAgent = send(alice, bob, "{\"type\":\"QUERY\",\"recipient_agent\":\"ghost\",\"content\":{}}");
        Reply unknownSenderAgent = send(alice, bob, "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"sender_agent\":\"ghost\","
                + "\"content\":{}}");
        Reply noRecipientAgent = send(alice, bob, "{\"type\":\"QUERY\",\"content\":{}}");

        assertThat(unknownRecipientAgent.status()).isEqualTo(404);
        assertThat(unknownRecipientAgent.code()).isEqualTo("agent_not_found");
        assertThat(unknownSenderAgent.status()).isEqualTo(404);
        assertThat(unknownSenderAgent.code()).isEqualTo("agent_not_found");
        assertThat(noRecipientAgent.status()).isEqualTo(400);
        assertThat(noRecipientAgent.json().get("detail").asText()).contains("recipient_agent");
    }

    @Test
    void theConversationRulesAreEnforcedWith422() {
        Reply badOpener = send(alice, bob, "{\"type\":\"ACCEPTANCE\",\"recipient_agent\":\"assistant\",\"content\":{}}");
        JsonNode query = given.text(alice, bob, "assistant", "hi");
        Reply badAnswer = send(bob, alice, "{\"type\":\"ACCEPTANCE\",\"in_reply_to\":\"" + query.get("id").asText()
                + "\",\"content\":{}}");

        assertThat(badOpener.status()).isEqualTo(422);
        assertThat(badOpener.code()).isEqualTo("protocol_violation");
        assertThat(badAnswer.status()).isEqualTo(422);
        assertThat(badAnswer.code()).isEqualTo("protocol_violation");
    }

    @Test
    void afterEndTheConversationIsClosed() {
        JsonNode opening = given.text(alice, bob, "assistant", "hi");
        String end = "{\"type\":\"END\",\"in_reply_to\":\"" + opening.get("id").asText() + "\",\"content\":{}}";
        assertThat(send(bob, alice, end).status()).isEqualTo(202);

        Reply after = send(bob, alice, "{\"type\":\"THANKS\",\"in_reply_to\":\"" + opening.get("id").asText() + "\",\"content\":{}}");

        assertThat(after.status()).isEqualTo(422);
        assertThat(after.code()).isEqualTo("conversation_closed");
    }

    @Test
    void replyingToAMessageYouDidNotReceiveIs404MessageNotFound() {
        JsonNode mine = given.text(alice, bob, "assistant", "hi");

        Reply toOwn = send(alice, bob, "{\"type\":\"INFORMATION\",\"in_reply_to\":\"" + mine.get("id").asText() + "\",\"content\":{}}");
        Reply toNothing = send(bob, alice, "{\"type\":\"INFORMATION\",\"in_reply_to\":\"no-such-message\",\"content\":{}}");

        assertThat(toOwn.status()).isEqualTo(404);
        assertThat(toOwn.code()).isEqualTo("message_not_found");
        assertThat(toNothing.code()).isEqualTo("message_not_found");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstMessage() {
        String body = "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{\"n\":1},\"idempotency_key\":\"k-1\"}";

        JsonNode first = send(alice, bob, body).json();
        Reply again = send(alice, bob, body);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id")).isEqualTo(first.get("id"));
        assertThat(again.json().get("seq")).isEqualTo(first.get("seq"));
    }

    @Test
    void contentOver65536CompactBytesIs413AndWhitespaceDoesNotCount() {
        String big = "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":\"" + "x".repeat(65_536) + "\"}";
        String airy = "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{\"a\":" + " ".repeat(70_000) + "1}}";

        Reply tooBig = send(alice, bob, big);
        Reply compactEnough = send(alice, bob, airy);

        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.code()).isEqualTo("payload_too_large");
        assertThat(compactEnough.status()).isEqualTo(202);
        assertThat(compactEnough.body()).contains("\"content\":{\"a\":1}");
    }

    @Test
    void aMessageToAStrangerIs403AndToAnUnknownUserIs404() {
        Account stranger = given.user("stranger");

        Reply toStranger = send(alice, stranger, "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{}}");
        Reply toNobody = http.post("/message/no-such-user", "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{}}",
                alice.token());

        assertThat(toStranger.status()).isEqualTo(403);
        assertThat(toStranger.code()).isEqualTo("not_friends");
        assertThat(toNobody.status()).isEqualTo(404);
        assertThat(toNobody.code()).isEqualTo("user_not_found");
    }
}

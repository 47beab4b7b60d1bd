package dev.parley.bootstrap.multinode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.WsConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Two {@code parley} processes on one PostgreSQL, clients spread over them: what one node accepts reaches sessions on
 * the other, presence holds across both, a logout on one closes sessions on the other, and the users of a node that
 * dies go offline for everyone once its lease runs out.
 */
class SeveralNodesTest extends TwoNodes {
    @Test
    void aMessageAcceptedOnOneNodeReachesASessionOnTheOtherAndTheReplyComesBack() {
        Fixtures given = a.fixtures();
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        given.agent(bob, "assistant");
        given.befriend(alice, bob);
        WsConnection alices = a.ws().connect(alice.token());
        WsConnection bobs = b.ws().connect(bob.token());

        JsonNode sent = given.text(alice, bob, "assistant", "lunch on friday?");
        JsonNode received = bobs.take("message").get("message");
        bobs.send("{\"action\":\"send\",\"ref\":\"r1\",\"to\":\"" + alice.id() + "\",\"type\":\"INFORMATION\",\"in_reply_to\":\""
                + received.get("id").asText() + "\",\"content\":{\"text\":\"yes, noon\"}}");

        assertThat(received.get("id")).isEqualTo(sent.get("id"));
        assertThat(alices.take("message").get("message").get("content").get("text").asText()).isEqualTo("yes, noon");
    }

    @Test
    void onlineFlagsAndPresenceEventsHoldAcrossNodes() {
        Fixtures given = a.fixtures();
        Account alice = given.user("alice");
        Account bob = given.user("bob");
        given.agent(bob, "assistant");
        given.befriend(alice, bob);
        WsConnection alices = a.ws().connect(alice.token());

        WsConnection bobs = b.ws().connect(bob.token());
        assertThat(alices.take(presenceOf(bob, true), "bob online").get("online").asBoolean()).isTrue();
        assertThat(a.http().get("/friends", alice.token()).json().get(0).get("online").asBoolean()).isTrue();
        assertThat(a.http().get("/agents/" + bob.id(), alice.token()).json().get(0).get("online").asBoolean()).isTrue();
        assertThat(b.http().get("/friends", bob.token()).json().get(0).get("online").asBoolean()).as("alice, on a").isTrue();

        bobs.close();
        alices.take(presenceOf(bob, false), "bob offline");
        assertThat(a.http().get("/friends", alice.token()).json().get(0).get("online").asBoolean()).isFalse();
    }

    @Test
    void loggingOutOnOneNodeClosesThatLoginsSessionsOnTheOther() {
        Fixtures given = a.fixtures();
        Account bob = given.user("bob");
        WsConnection onB = b.ws().connect(bob.token());

        assertThat(a.http().post("/logout", "", bob.token()).status()).isEqualTo(204);

        assertThat(onB.awaitClose().getCloseCode().getCode()).isEqualTo(4401);
        assertThat(b.http().get("/me", bob.token()).status()).isEqualTo(401);
    }

    @Test
    void theUsersOfAKilledNodeGoOfflineForTheirFriendsOnceItsLeaseRunsOut() throws Exception {
        Fixtures given = a.fixtures();
        Account alice = given.user("alice");
        Account dave = given.user("dave");
        given.befriend(alice, dave);
        WsConnection alices = a.ws().connect(alice.token());
        Node c = startNode("node-c", Duration.ofSeconds(3));
        c.ws().connect(dave.token());
        alices.take(presenceOf(dave, true), "dave online");

        c.kill();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> alices.take(presenceOf(dave, false), "dave offline"));
        assertThat(b.http().get("/friends", dave.token()).json().get(0).get("online").asBoolean()).as("alice").isTrue();
        assertThat(a.http().get("/friends", alice.token()).json().get(0).get("online").asBoolean()).as("dave").isFalse();
    }
}

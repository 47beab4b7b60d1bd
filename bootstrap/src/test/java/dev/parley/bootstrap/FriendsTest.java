package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import dev.parley.bootstrap.support.WsConnection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FriendsTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();
    private Account alice;
    private Account bob;

    @BeforeEach
    void twoStrangers() {
        alice = given.user("alice");
        bob = given.user("bob");
    }

    @Test
    void aRequestIsPendingAndRepeatingItIsPendingAgain() {
        Reply first = http.post("/friend_request/" + bob.username(), "", alice.token());
        Reply again = http.post("/friend_request/" + bob.username(), "", alice.token());

        for (Reply reply : new Reply[] {first, again}) {
            assertThat(reply.status()).isEqualTo(202);
            assertThat(reply.json().get("status").asText()).isEqualTo("pending");
        }
    }

    @Test
    void askingSomeoneWhoAskedYouMakesYouFriendsAt200() {
        http.post("/friend_request/" + bob.username(), "", alice.token());

        Reply crossing = http.post("/friend_request/" + alice.username(), "", bob.token());

        assertThat(crossing.status()).isEqualTo(200);
        assertThat(crossing.json().get("status").asText()).isEqualTo("accepted");
        assertThat(http.get("/friends", alice.token()).json().findValuesAsText("username")).containsExactly(bob.username());
    }

    @Test
    void acceptingAPendingRequestMakesBothFriends() {
        http.post("/friend_request/" + bob.username(), "", alice.token());

        Reply accepted = http.post("/accept_friend_request/" + alice.username(), "", bob.token());

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("status").asText()).isEqualTo("accepted");
        JsonNode friends = http.get("/friends", bob.token()).json();
        assertThat(friends).hasSize(1);
        assertThat(friends.get(0).get("id").asText()).isEqualTo(alice.id());
        assertThat(friends.get(0).get("username").asText()).isEqualTo(alice.username());
        assertThat(friends.get(0).get("online").asBoolean()).isFalse();
        assertThat(friends.get(0).get("since").asText()).matches(AccountsTest.TIME);
    }

    @Test
    void rejectingAPendingRequestDropsIt() {
        http.post("/friend_request/" + bob.username(), "", alice.token());

        Reply rejected = http.post("/reject_friend_request/" + alice.username(), "", bob.token());

        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("rejected");
        assertThat(http.get("/friend_requests", bob.token()).json().get("incoming")).isEmpty();
        assertThat(http.get("/friends", bob.token()).json()).isEmpty();
    }

    @Test
    void acceptingOrRejectingWithoutARequestIs404NoPendingRequest() {
        Reply accept = http.post("/accept_friend_request/" + alice.username(), "", bob.token());
        Reply reject = http.post("/reject_friend_request/" + alice.username(), "", bob.token());

        assertThat(accept.status()).isEqualTo(404);
        assertThat(accept.code()).isEqualTo("no_pending_request");
        assertThat(reject.status()).isEqualTo(404);
        assertThat(reject.code()).isEqualTo("no_pending_request");
    }

    @Test
    void pendingRequestsAreListedBothWays() {
        http.post("/friend_request/" + bob.username(), "", alice.token());

        JsonNode bobs = http.get("/friend_requests", bob.token()).json();
        JsonNode alices = http.get("/friend_requests", alice.token()).json();

        assertThat(bobs.get("incoming")).hasSize(1);
        assertThat(bobs.get("incoming").get(0).get("id").asText()).isEqualTo(alice.id());
        assertThat(bobs.get("incoming").get(0).get("username").asText()).isEqualTo(alice.username());
        assertThat(bobs.get("incoming").get(0).get("created_at").asText()).matches(AccountsTest.TIME);
        assertThat(bobs.get("outgoing")).isEmpty();
        assertThat(alices.get("outgoing").get(0).get("id").asText()).isEqualTo(bob.id());
    }

    @Test
    void askingYourselfAnUnknownUserOrAFriendIsRefused() {
        Reply yourself = http.post("/friend_request/" + alice.username(), "", alice.token());
        Reply unknown = http.post("/friend_request/" + Fixtures.uniqueName("ghost"), "", alice.token());
        given.befriend(alice, bob);
        Reply friend = http.post("/friend_request/" + bob.username(), "", alice.token());

        assertThat(yourself.status()).isEqualTo(400);
        assertThat(yourself.code()).isEqualTo("invalid_request");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("user_not_found");
        assertThat(friend.status()).isEqualTo(409);
        assertThat(friend.code()).isEqualTo("already_friends");
    }

    @Test
    void friendsAreSortedByUsernameAndShowWhoIsOnline() {
        Account zed = given.user("zed");
        Account abe = given.user("abe");
        given.befriend(alice, zed);
        given.befriend(alice, abe);
        WsConnection zeds = server.ws().connect(zed.token());

        JsonNode friends = http.get("/friends", alice.token()).json();

        assertThat(friends.findValuesAsText("username")).containsExactly(abe.username(), zed.username());
        assertThat(friends.get(0).get("online").asBoolean()).isFalse();
        assertThat(friends.get(1).get("online").asBoolean()).isTrue();
        zeds.close();
    }

    @Test
    void afterUnfriendingNeitherSeesTheOthersAgentsNorCanMessageThem() {
        given.befriend(alice, bob);
        given.agent(bob, "assistant");

        Reply removed = http.delete("/friends/" + bob.username(), alice.token());

        assertThat(removed.status()).isEqualTo(204);
        Reply agents = http.get("/agents/" + alice.id(), bob.token());
        Reply message = http.post("/message/" + bob.id(),
                "{\"type\":\"QUERY\",\"recipient_agent\":\"assistant\",\"content\":{}}", alice.token());
        assertThat(agents.status()).isEqualTo(403);
        assertThat(agents.code()).isEqualTo("not_friends");
        assertThat(message.status()).isEqualTo(403);
        assertThat(message.code()).isEqualTo("not_friends");
        assertThat(http.delete("/friends/" + bob.username(), alice.token()).code()).isEqualTo("not_friends");
        assertThat(http.delete("/friends/" + Fixtures.uniqueName("ghost"), alice.token()).code()).isEqualTo("user_not_found");
    }
}

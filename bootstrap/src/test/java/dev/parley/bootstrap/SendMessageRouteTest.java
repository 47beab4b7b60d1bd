package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /message/{friend_id}} and the paths around it answer as the rest of the API does, problem documents and all. */
class SendMessageRouteTest {
    private static final String TEXT = "{\"type\":\"INFORMATION\",\"recipient_agent\":\"assistant\",\"content\":{\"text\":\"hi\"}}";

    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private Account alice;
    private Account bob;

    @BeforeEach
    void friendsWithAgents() {
        Fixtures given = server.fixtures();
        alice = given.user("alice");
        bob = given.user("bob");
        given.befriend(alice, bob);
        given.agent(bob, "assistant");
    }

    @Test
    void anotherMethodIs405WithAllowAndOptionsSaysWhatIsAllowed() {
        Reply get = http.get("/message/" + bob.id(), alice.token());
        Reply put = http.put("/message/" + bob.id(), TEXT, alice.token());
        Reply options = http.send(http.request("/message/" + bob.id(), Optional.empty())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(get.status()).isEqualTo(405);
        assertThat(get.code()).isEqualTo("method_not_allowed");
        assertThat(get.contentType()).startsWith("application/problem+json");
        assertThat(get.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
        assertThat(put.status()).isEqualTo(405);
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void otherPathsUnderMessageAre404AndTheHistoryStaysReachable() {
        Reply bare = http.post("/message", TEXT, alice.token());
        Reply deeper = http.post("/message/" + bob.id() + "/more", TEXT, alice.token());
        server.fixtures().text(alice, bob, "assistant", "kept");

        assertThat(bare.status()).isEqualTo(404);
        assertThat(bare.code()).isEqualTo("not_found");
        assertThat(deeper.status()).isEqualTo(404);
        assertThat(http.get("/messages?with=" + bob.id(), alice.token()).json().get("messages")).hasSize(1);
    }

    @Test
    void noOrARevokedTokenIs401WithWwwAuthenticate() {
        Reply none = http.post("/message/" + bob.id(), TEXT);
        assertThat(http.post("/logout", "", alice.token()).status()).isEqualTo(204);
        Reply revoked = http.post("/message/" + bob.id(), TEXT, alice.token());

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).contains("Bearer");
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.code()).isEqualTo("unauthorized");
    }

    @Test
    void aFieldOfTheWrongJsonTypeIs400NamingTheField() {
        Reply reply = http.post("/message/" + bob.id(), "{\"type\":\"INFORMATION\",\"recipient_agent\":7,\"content\":{}}",
                alice.token());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("invalid_request");
        assertThat(reply.json().get("detail").asText()).startsWith("recipient_agent:");
    }

    @Test
    void aBodyOverTheLimitIs413BeforeTheTokenIsLookedAt() {
        String huge = "{\"type\":\"INFORMATION\",\"content\":\"" + "x".repeat(300 * 1024) + "\"}";

        Reply reply = http.post("/message/" + bob.id(), huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
    }

    @Test
    void aPercentEncodedFriendIdIsDecodedAndATrailingSlashIsTolerated() {
        Reply unknown = http.post("/message/no%20one", TEXT, alice.token());
        Reply slash = http.post("/message/" + bob.id() + "/", TEXT, alice.token());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("user_not_found");
        assertThat(slash.status()).isEqualTo(202);
    }

    @Test
    void aClientThatAcceptsNoJsonIs406() {
        Reply reply = http.send(http.request("/message/" + bob.id(), Optional.of(alice.token())).header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(TEXT)));

        assertThat(reply.status()).isEqualTo(406);
        assertThat(reply.code()).isEqualTo("not_acceptable");
    }

    @Test
    void sendsAndRefusalsAreTimedUnderTheRouteTemplate() {
        server.fixtures().text(alice, bob, "assistant", "timed");
        http.post("/message/" + bob.id(), "{}", alice.token());

        String metrics = http.get("/metrics").body();

        assertThat(metrics).contains("method=\"POST\",route=\"/message/{friend_id}\",status=\"202\"")
                .contains("method=\"POST\",route=\"/message/{friend_id}\",status=\"400\"")
                .doesNotContain(bob.id());
    }
}

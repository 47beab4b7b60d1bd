package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HistoryTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();
    private Account alice;
    private Account bob;
    private Account carol;

    @BeforeEach
    void aliceTalksToBobAndCarol() {
        alice = given.user("alice");
        bob = given.user("bob");
        carol = given.user("carol");
        given.befriend(alice, bob);
        given.befriend(alice, carol);
        given.agent(alice, "assistant");
        given.agent(bob, "assistant");
        given.agent(carol, "assistant");
    }

    @Test
    void historyHoldsWhatYouSentAndReceivedOldestFirst() {
        JsonNode one = given.text(alice, bob, "assistant", "one");
        JsonNode two = given.text(bob, alice, "assistant", "two");

        Reply page = http.get("/messages", alice.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("messages")).containsExactly(one, two);
        assertThat(page.json().get("next").isNull()).isTrue();
    }

    @Test
    void pagesFollowTheCursorUntilItIsNull() {
        List<JsonNode> sent = List.of(given.text(alice, bob, "assistant", "1"), given.text(alice, bob, "assistant", "2"),
                given.text(alice, bob, "assistant", "3"));

        List<JsonNode> read = new ArrayList<>();
        JsonNode page = http.get("/messages?limit=2", alice.token()).json();
        read.addAll(List.of(page.get("messages").get(0), page.get("messages").get(1)));
        String cursor = URLEncoder.encode(page.get("next").asText(), StandardCharsets.UTF_8);
        JsonNode last = http.get("/messages?limit=2&cursor=" + cursor, alice.token()).json();
        last.get("messages").forEach(read::add);

        assertThat(read).isEqualTo(sent);
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void withConversationAndAfterSeqNarrowTheList() {
        JsonNode toBob = given.text(alice, bob, "assistant", "bob");
        JsonNode toCarol = given.text(alice, carol, "assistant", "carol");
        JsonNode first = given.text(bob, alice, "assistant", "first");
        JsonNode second = given.text(bob, alice, "assistant", "second");

        JsonNode withCarol = http.get("/messages?with=" + carol.id(), alice.token()).json().get("messages");
        JsonNode conversation = http.get("/messages?conversation_id=" + toBob.get("conversation_id").asText(), alice.token())
                .json().get("messages");
        JsonNode afterFirst = http.get("/messages?after_seq=" + first.get("seq").asLong(), alice.token()).json().get("messages");

        assertThat(withCarol).containsExactly(toCarol);
        assertThat(conversation).containsExactly(toBob);
        assertThat(afterFirst).containsExactly(second);
    }

    @Test
    void aBadLimitOrAfterSeqIs400NamingTheParameter() {
        for (String query : new String[] {"limit=0", "limit=501", "limit=ten", "after_seq=-1"}) {
            Reply reply = http.get("/messages?" + query, alice.token());

            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("invalid_request");
            assertThat(reply.json().get("detail").asText()).startsWith(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void aCursorTheServerDidNotMakeIs400() {
        Reply reply = http.get("/messages?cursor=forged", alice.token());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("invalid_request");
    }
}

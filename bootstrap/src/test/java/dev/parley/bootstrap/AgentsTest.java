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

class AgentsTest {
    private static final String PLANNER =
            "{\"name\":\"planner\",\"description\":\"Plans trips\",\"type\":\"assistant\",\"capabilities\":[\"travel\",\"calendar\"]}";

    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();
    private Account alice;

    @BeforeEach
    void aUser() {
        alice = given.user("alice");
    }

    @Test
    void registeringAnAgentAnswers201WithTheAgent() {
        Reply created = http.post("/agents", PLANNER, alice.token());

        assertThat(created.status()).isEqualTo(201);
        JsonNode agent = created.json();
        assertThat(agent.get("name").asText()).isEqualTo("planner");
        assertThat(agent.get("description").asText()).isEqualTo("Plans trips");
        assertThat(agent.get("type").asText()).isEqualTo("assistant");
        assertThat(agent.get("capabilities").toString()).isEqualTo("[\"travel\",\"calendar\"]");
        assertThat(agent.get("owner_id").asText()).isEqualTo(alice.id());
        assertThat(agent.get("owner_username").asText()).isEqualTo(alice.username());
        assertThat(agent.get("online").asBoolean()).isFalse();
    }

    @Test
    void capabilitiesMayBeLeftOut() {
        Reply created = http.post("/agents", "{\"name\":\"bare\",\"description\":\"\",\"type\":\"tool\"}", alice.token());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("capabilities")).isEmpty();
    }

    @Test
    void aSecondAgentOfTheSameNameIs409AgentExists() {
        http.post("/agents", PLANNER, alice.token());

        Reply again = http.post("/agents", PLANNER, alice.token());

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("agent_exists");
    }

    @Test
    void invalidCardsAre400NamingTheField() {
        Reply badName = http.post("/agents", "{\"name\":\"Planner!\",\"description\":\"\",\"type\":\"tool\"}", alice.token());
        Reply longDescription = http.post("/agents", "{\"name\":\"long\",\"description\":\"" + "d".repeat(1001)
                + "\",\"type\":\"tool\"}", alice.token());
        Reply noType = http.post("/agents", "{\"name\":\"notype\",\"description\":\"\"}", alice.token());
        Reply badCapabilities = http.post("/agents", "{\"name\":\"caps\",\"description\":\"\",\"type\":\"tool\",\"capabilities\":\"x\"}",
                alice.token());

        assertThat(badName.json().get("detail").asText()).startsWith("name");
        assertThat(longDescription.json().get("detail").asText()).startsWith("description");
        assertThat(noType.json().get("detail").asText()).startsWith("type");
        assertThat(badCapabilities.json().get("detail").asText()).startsWith("capabilities");
        for (Reply reply : new Reply[] {badName, longDescription, noType, badCapabilities}) {
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("invalid_request");
        }
    }

    @Test
    void ownAgentsAreListedByName() {
        http.post("/agents", PLANNER, alice.token());
        given.agent(alice, "assistant");

        Reply own = http.get("/agents", alice.token());

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().findValuesAsText("name")).containsExactly("assistant", "planner");
    }

    @Test
    void updatingReplacesDescriptionTypeAndCapabilities() {
        http.post("/agents", PLANNER, alice.token());

        Reply updated = http.put("/agents/planner", "{\"description\":\"Plans everything\",\"type\":\"tool\"}", alice.token());

        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("description").asText()).isEqualTo("Plans everything");
        assertThat(updated.json().get("type").asText()).isEqualTo("tool");
        assertThat(updated.json().get("capabilities")).isEmpty();
        assertThat(http.get("/agents", alice.token()).json().get(0).get("description").asText()).isEqualTo("Plans everything");
    }

    @Test
    void updatingOrRemovingAnUnknownAgentIs404AgentNotFound() {
        Reply update = http.put("/agents/ghost", "{\"description\":\"\",\"type\":\"tool\"}", alice.token());
        Reply remove = http.delete("/agents/ghost", alice.token());

        assertThat(update.status()).isEqualTo(404);
        assertThat(update.code()).isEqualTo("agent_not_found");
        assertThat(remove.status()).isEqualTo(404);
        assertThat(remove.code()).isEqualTo("agent_not_found");
    }

    @Test
    void removingAnAgentAnswers204AndForgetsIt() {
        http.post("/agents", PLANNER, alice.token());

        Reply removed = http.delete("/agents/planner", alice.token());

        assertThat(removed.status()).isEqualTo(204);
        assertThat(http.get("/agents", alice.token()).json()).isEmpty();
    }

    @Test
    void aFriendsAgentsAreVisibleAndAStrangersAreNot() {
        Account bob = given.user("bob");
        Account stranger = given.user("stranger");
        given.befriend(alice, bob);
        given.agent(bob, "assistant");

        Reply friends = http.get("/agents/" + bob.id(), alice.token());
        Reply strangers = http.get("/agents/" + bob.id(), stranger.token());
        Reply unknown = http.get("/agents/no-such-user-id", alice.token());

        assertThat(friends.status()).isEqualTo(200);
        assertThat(friends.json().get(0).get("owner_id").asText()).isEqualTo(bob.id());
        assertThat(friends.json().get(0).get("owner_username").asText()).isEqualTo(bob.username());
        assertThat(strangers.status()).isEqualTo(403);
        assertThat(strangers.code()).isEqualTo("not_friends");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("user_not_found");
    }
}

package dev.parley.bootstrap.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;

/** Small steps most tests start from: users, friendships, agents, messages; each asserts that it worked. */
public final class Fixtures {
    public static final String PASSWORD = "s3cret-enough";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HttpApi http;

    public Fixtures(HttpApi http) {
        this.http = http;
    }

    /** A name no other test uses: {@code prefix} plus a counter and a random tail. */
    public static String uniqueName(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "_" + Long.toString(System.nanoTime() % 1_000_000, 36);
    }

    public Account user(String prefix) {
        String name = uniqueName(prefix);
        Reply signup = http.post("/signup", credentials(name, PASSWORD));
        assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
        return logIn(name);
    }

    public Account logIn(String name) {
        Reply login = http.post("/login", credentials(name, PASSWORD));
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        JsonNode body = login.json();
        return new Account(body.get("user_id").asText(), body.get("username").asText(), body.get("token").asText(),
                body.get("refresh_token").asText());
    }

    public void befriend(Account one, Account other) {
        assertThat(http.post("/friend_request/" + other.username(), "", one.token()).status()).isEqualTo(202);
        assertThat(http.post("/accept_friend_request/" + one.username(), "", other.token()).status()).isEqualTo(200);
    }

    public void agent(Account owner, String name) {
        Reply created = http.post("/agents", "{\"name\":\"" + name + "\",\"description\":\"test agent\",\"type\":\"assistant\"}",
                owner.token());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** Opens a conversation from {@code sender} to {@code recipient}'s agent with a text message; answers the stored message. */
    public JsonNode text(Account sender, Account recipient, String agent, String text) {
        Reply sent = http.post("/message/" + recipient.id(), "{\"type\":\"INFORMATION\",\"recipient_agent\":\"" + agent
                + "\",\"content\":{\"text\":\"" + text + "\"}}", sender.token());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        return sent.json();
    }

    public static String credentials(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }
}

package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountsTest {
    static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();

    @Test
    void signupAnswers201WithTheNewUser() {
        String name = Fixtures.uniqueName("Sign");

        Reply reply = http.post("/signup", Fixtures.credentials(name, "password123"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.json().get("username").asText()).isEqualTo(name);
        assertThat(reply.json().get("id").asText()).isNotBlank();
        assertThat(reply.json().get("created_at").asText()).matches(TIME);
        assertThat(reply.body()).doesNotContain("password123");
    }

    @Test
    void aNameTakenIgnoringCaseIs409UsernameTaken() {
        String name = Fixtures.uniqueName("taken");
        http.post("/signup", Fixtures.credentials(name, "password123"));

        Reply again = http.post("/signup", Fixtures.credentials(name.toUpperCase(), "password123"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("username_taken");
    }

    @Test
    void anInvalidUsernameOrPasswordIs400NamingTheField() {
        Reply badName = http.post("/signup", Fixtures.credentials("a b", "password123"));
        Reply shortPassword = http.post("/signup", Fixtures.credentials(Fixtures.uniqueName("shortpw"), "1234567"));

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.code()).isEqualTo("invalid_request");
        assertThat(badName.json().get("detail").asText()).contains("username");
        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.json().get("detail").asText()).contains("password");
    }

    @Test
    void loginAnswersBearerTokensForTheUserWhateverTheCaseOfTheName() {
        Account alice = given.user("Login");

        Reply login = http.post("/login", Fixtures.credentials(alice.username().toLowerCase(), Fixtures.PASSWORD));

        assertThat(login.status()).isEqualTo(200);
        JsonNode body = login.json();
        assertThat(body.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.get("token").asText()).isNotBlank();
        assertThat(body.get("refresh_token").asText()).isNotBlank();
        assertThat(body.get("expires_at").asText()).matches(TIME);
        assertThat(body.get("user_id").asText()).isEqualTo(alice.id());
        assertThat(body.get("username").asText()).isEqualTo(alice.username());
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() {
        Account alice = given.user("wrongpw");

        Reply wrongPassword = http.post("/login", Fixtures.credentials(alice.username(), "not-the-password"));
        Reply unknownUser = http.post("/login", Fixtures.credentials(Fixtures.uniqueName("nobody"), "not-the-password"));

        for (Reply reply : new Reply[] {wrongPassword, unknownUser}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("invalid_credentials");
            assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        }
        assertThat(wrongPassword.json().get("detail")).isEqualTo(unknownUser.json().get("detail"));
    }

    @Test
    void meAnswersWhoTheTokenSpeaksFor() {
        Account alice = given.user("me");

        Reply me = http.get("/me", alice.token());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(alice.id());
        assertThat(me.json().get("username").asText()).isEqualTo(alice.username());
    }

    @Test
    void aMissingOrForgedTokenIs401UnauthorizedWithWwwAuthenticate() {
        Account alice = given.user("forged");
        String forged = alice.token().substring(0, alice.token().length() - 4) + "AAAA";

        for (Reply reply : new Reply[] {http.get("/me"), http.get("/me", "garbage"), http.get("/me", forged)}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("unauthorized");
            assertThat(reply.header("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        Account alice = given.user("refresh");

        Reply refreshed = http.post("/token/refresh", "{\"refresh_token\":\"" + alice.refreshToken() + "\"}");
        Reply reused = http.post("/token/refresh", "{\"refresh_token\":\"" + alice.refreshToken() + "\"}");

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().get("refresh_token").asText()).isNotEqualTo(alice.refreshToken());
        assertThat(refreshed.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(http.get("/me", refreshed.json().get("token").asText()).status()).isEqualTo(200);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.code()).isEqualTo("unauthorized");
    }

    @Test
    void logoutEndsTheAccessAndTheRefreshTokenAtOnce() {
        Account alice = given.user("logout");

        Reply logout = http.post("/logout", "", alice.token());

        assertThat(logout.status()).isEqualTo(204);
        assertThat(http.get("/me", alice.token()).status()).isEqualTo(401);
        assertThat(http.post("/token/refresh", "{\"refresh_token\":\"" + alice.refreshToken() + "\"}").status()).isEqualTo(401);
    }

    @Test
    void anotherLoginOfTheSameUserSurvivesALogout() {
        Account first = given.user("twologins");
        Account second = given.logIn(first.username());

        http.post("/logout", "", first.token());

        assertThat(http.get("/me", second.token()).status()).isEqualTo(200);
    }
}

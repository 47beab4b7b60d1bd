package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Account;
import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StrictInputTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();
    private final Fixtures given = server.fixtures();

    @Test
    void aFieldOfTheWrongJsonTypeIs400NamingTheFieldNeverCoerced() {
        Reply numberForString = http.post("/signup", "{\"username\":12345,\"password\":\"password123\"}");
        Reply boolForString = http.post("/login", "{\"username\":\"someone\",\"password\":true}");
        Account alice = given.user("types");
        Reply stringForArray = http.post("/agents", "{\"name\":\"a\",\"description\":\"\",\"type\":\"t\",\"capabilities\":\"x\"}",
                alice.token());
        Reply numberInArray = http.post("/agents", "{\"name\":\"a\",\"description\":\"\",\"type\":\"t\",\"capabilities\":[1]}",
                alice.token());

        assertThat(numberForString.json().get("detail").asText()).startsWith("username");
        assertThat(boolForString.json().get("detail").asText()).startsWith("password");
        assertThat(stringForArray.json().get("detail").asText()).startsWith("capabilities");
        assertThat(numberInArray.json().get("detail").asText()).startsWith("capabilities");
        for (Reply reply : new Reply[] {numberForString, boolForString, stringForArray, numberInArray}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("invalid_request");
        }
    }

    @Test
    void malformedJsonAnEmptyBodyOrANonObjectIs400InvalidRequest() {
        for (String body : new String[] {"{\"username\":\"dave", "", "[1,2]", "null", "{} trailing", "not json"}) {
            Reply reply = http.post("/signup", body);

            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("invalid_request");
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Reply reply = http.post("/login", "{\"username\":\"someone\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText()).startsWith("password");
    }

    @Test
    void unknownFieldsAreIgnored() {
        Reply reply = http.post("/signup", "{\"username\":\"" + Fixtures.uniqueName("extra") + "\",\"password\":\"password123\","
                + "\"favourite_colour\":{\"r\":1}}");

        assertThat(reply.status()).isEqualTo(201);
    }

    @Test
    void aBodyOverTheLimitIs413PayloadTooLarge() {
        String huge = "{\"username\":\"x\",\"password\":\"" + "p".repeat(300 * 1024) + "\"}";

        Reply reply = http.post("/signup", huge);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413Too() {
        byte[] huge = ("{\"username\":\"x\",\"password\":\"" + "p".repeat(300 * 1024) + "\"}").getBytes();
        HttpRequest.Builder chunked = http.request("/signup", Optional.empty())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)));

        Reply reply = http.send(chunked);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.code()).isEqualTo("payload_too_large");
    }
}

package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import java.net.http.HttpRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProblemDocumentsTest {
    @RegisterExtension
    static final TestServer server = new TestServer();

    private final HttpApi http = server.http();

    @Test
    void anUnknownRouteIsA404ProblemDocument() {
        Reply reply = http.get("/no/such/route");

        assertThat(reply.status()).isEqualTo(404);
        assertProblem(reply, 404);
    }

    @Test
    void aWrongMethodIsA405ProblemDocumentThatSaysWhatIsAllowed() {
        Reply reply = http.send(http.request("/signup", Optional.empty()).GET());

        assertThat(reply.status()).isEqualTo(405);
        assertProblem(reply, 405);
        assertThat(reply.header("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void everyRefusalCarriesTypeTitleStatusDetailAndCode() {
        Reply unauthorized = http.get("/friends");
        Reply invalid = http.post("/signup", "{}");
        Reply method = http.send(http.request("/health", Optional.empty()).method("PATCH", HttpRequest.BodyPublishers.noBody()));

        assertProblem(unauthorized, 401);
        assertProblem(invalid, 400);
        assertProblem(method, 405);
        assertThat(unauthorized.code()).isEqualTo("unauthorized");
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("code").asText()).matches("[a-z_]+");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}

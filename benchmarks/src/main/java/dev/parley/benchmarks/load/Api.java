package dev.parley.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The few REST calls the generator makes, asynchronous, on one {@link HttpClient} (HTTP/1.1, explicit executor). */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;

    Api(HttpClient http, int port) {
        this.http = http;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    int port() {
        return base.getPort();
    }

    HttpClient http() {
        return http;
    }

    URI webSocket(String token) {
        return URI.create("ws://127.0.0.1:" + base.getPort() + "/ws?token=" + token);
    }

    /** POSTs JSON and reads the answer; fails unless the status is 2xx. */
    CompletableFuture<JsonNode> post(String path, Optional<String> token, String body) {
        return http.sendAsync(request(path, token, body), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return parse(response.body());
        });
    }

    /**
     * As {@link #post}, tried once more when the connection failed before any answer: after an overload, the server
     * may close pooled connections that the client still holds. A refusal (an HTTP status) is not retried.
     */
    CompletableFuture<JsonNode> postRetrying(String path, Optional<String> token, String body) {
        return post(path, token, body).handle((answer, failure) -> failure == null
                        ? CompletableFuture.completedFuture(answer)
                        : failure.getCause() instanceof IOException ? post(path, token, body) : CompletableFuture.<JsonNode>failedFuture(failure))
                .thenCompose(next -> next);
    }

    private HttpRequest request(String path, Optional<String> token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request.build();
    }

    private static JsonNode parse(String body) {
        try {
            return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException malformed) {
            throw new UncheckedIOException(malformed);
        }
    }
}

package dev.parley.bootstrap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/** A JDK HttpClient pinned to HTTP/1.1 (Grizzly answers h2c upgrades badly) with its own executor. */
public final class HttpApi {
    private final URI base;
    private final HttpClient client;

    public HttpApi(URI base, ExecutorService executor) {
        this(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** Over a client of the caller's, for HTTPS with a trust store of its own. */
    public HttpApi(URI base, HttpClient client) {
        this.base = base;
        this.client = client;
    }

    public Reply get(String path, String token) {
        return send(request(path, Optional.ofNullable(token)).GET());
    }

    public Reply get(String path) {
        return get(path, null);
    }

    public Reply post(String path, String json, String token) {
        return send(request(path, Optional.ofNullable(token)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply post(String path, String json) {
        return post(path, json, null);
    }

    public Reply put(String path, String json, String token) {
        return send(request(path, Optional.ofNullable(token)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path, String token) {
        return send(request(path, Optional.ofNullable(token)).DELETE());
    }

    /** Any request, for the cases the helpers above do not cover. */
    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException failed) {
            throw new IllegalStateException("request failed: " + failed, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", interrupted);
        }
    }

    public HttpRequest.Builder request(String path, Optional<String> token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        token.ifPresent(value -> request.header("Authorization", "Bearer " + value));
        return request;
    }
}

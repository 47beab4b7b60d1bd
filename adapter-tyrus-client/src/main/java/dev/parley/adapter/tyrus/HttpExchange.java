package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.WireFormatException;
import dev.parley.adapter.tyrus.wire.WireJson;
import dev.parley.ports.client.Failures;
import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.model.ParleyException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * One REST exchange over the JDK {@link HttpClient} (HTTP/1.1, the client's own executor): JSON out, the status and
 * body back; a 2xx read by the caller's reader, anything else turned into the refusal or transport failure it is.
 */
final class HttpExchange {
    private final HttpClient http;
    private final ServerAddress address;
    private final Duration timeout;

    HttpExchange(HttpClient http, ServerAddress address, Duration timeout) {
        this.http = http;
        this.address = address;
        this.timeout = timeout;
    }

    /** Sends a request; fails only with a {@link ParleyTransportException} (the server could not be reached). */
    CompletableFuture<HttpResponse<String>> send(String method, String path, Optional<Object> body, Optional<String> bearer) {
        URI uri = address.rest(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        bearer.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (body.isPresent()) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(WireJson.write(body.get())));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, failure) -> {
            if (failure != null) {
                Throwable cause = Failures.cause(failure);
                throw new CompletionException(new ParleyTransportException(
                        method + " " + uri + " failed: " + cause.getClass().getSimpleName() + describe(cause), cause));
            }
            return response;
        });
    }

    /** An anonymous call, read by {@code reader} when it succeeds. */
    <T> CompletableFuture<T> call(String method, String path, Optional<Object> body, Function<String, T> reader) {
        return send(method, path, body, Optional.empty()).thenApply(response -> answer(response, reader));
    }

    /** The value of a 2xx answer, or the failure any other answer stands for. */
    static <T> T answer(HttpResponse<String> response, Function<String, T> reader) {
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw Problems.fromResponse(status, response.body(), response.headers().firstValue("Retry-After"));
        }
        try {
            return reader.apply(response.body());
        } catch (WireFormatException | ParleyException unreadable) {
            throw new ParleyTransportException("the answer to " + response.request().method() + " "
                    + response.request().uri().getPath() + " is not what the wire contract says: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() == null ? "" : ": " + cause.getMessage();
    }
}

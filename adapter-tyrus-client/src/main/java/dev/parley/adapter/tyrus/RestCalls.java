package dev.parley.adapter.tyrus;

import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.ParleyException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Calls that need the login: they carry the current access token, and when the server answers 401 to a token it
 * may just have let expire, the login is refreshed once and the call made again.
 */
final class RestCalls {
    private final HttpExchange exchange;
    private final LoginState login;

    RestCalls(HttpExchange exchange, LoginState login) {
        this.exchange = exchange;
        this.login = login;
    }

    <T> CompletableFuture<T> call(String method, String path, Optional<Object> body, Function<String, T> reader) {
        Optional<LoginTokens> tokens = login.current();
        if (tokens.isEmpty()) {
            return CompletableFuture.failedFuture(new ParleyException(ErrorCode.UNAUTHORIZED, "not logged in"));
        }
        String token = tokens.get().accessToken();
        return exchange.send(method, path, body, Optional.of(token)).thenCompose(response -> {
            if (response.statusCode() != 401) {
                return CompletableFuture.completedFuture(HttpExchange.answer(response, reader));
            }
            return login.refresh(token)
                    .thenCompose(fresh -> exchange.send(method, path, body, Optional.of(fresh.accessToken())))
                    .thenApply(retried -> HttpExchange.answer(retried, reader));
        });
    }

    <T> CompletableFuture<T> get(String path, Function<String, T> reader) {
        return call("GET", path, Optional.empty(), reader);
    }

    CompletableFuture<Void> noAnswer(String method, String path) {
        return call(method, path, Optional.empty(), ignored -> null);
    }

    static Optional<Object> body(Object value) {
        return Optional.of(value);
    }
}

package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.CredentialsJson;
import dev.parley.adapter.tyrus.wire.TokensJson;
import dev.parley.adapter.tyrus.wire.WireJson;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.User;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** Logging in and out: the login's tokens are kept by {@link LoginState}; logging out also ends the streams. */
final class Sessions {
    private final HttpExchange exchange;
    private final RestCalls rest;
    private final LoginState login;
    private final Streams streams;

    Sessions(HttpExchange exchange, RestCalls rest, LoginState login, Streams streams) {
        this.exchange = exchange;
        this.rest = rest;
        this.login = login;
        this.streams = streams;
    }

    CompletableFuture<User> logIn(String username, String password) {
        return exchange.call("POST", "login", Optional.of(new CredentialsJson(username, password)), Sessions::tokens)
                .thenApply(tokens -> {
                    login.begin(tokens);
                    return tokens.user();
                });
    }

    /**
     * Ends the login on the server, then here: the tokens are forgotten and the streams end with 4401 even when the
     * server could not be told (the future then fails, but this client is logged out either way).
     */
    CompletableFuture<Void> logOut() {
        return rest.noAnswer("POST", "logout").whenComplete((done, failure) -> {
            login.end();
            streams.loginEnded();
        });
    }

    private static LoginTokens tokens(String body) {
        TokensJson answer = WireJson.read(body, TokensJson.class);
        return new LoginTokens(answer.accessToken(), answer.expiry(), answer.refresh(), answer.user());
    }
}

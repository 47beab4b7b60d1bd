package dev.parley.adapter.tyrus;

import dev.parley.adapter.tyrus.wire.RefreshJson;
import dev.parley.adapter.tyrus.wire.TokensJson;
import dev.parley.adapter.tyrus.wire.WireJson;
import dev.parley.ports.client.Failures;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.User;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's login: its tokens, refreshed shortly before the access token expires (and at once when the server
 * says it no longer takes it), one refresh at a time. A refresh the server refuses ends the login.
 */
final class LoginState {
    private static final Logger LOG = LoggerFactory.getLogger(LoginState.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

    private final HttpExchange exchange;
    private final ScheduledExecutorService scheduler;
    private final Duration margin;
    private final Clock clock;
    private Optional<LoginTokens> tokens = Optional.empty();
    private Optional<CompletableFuture<LoginTokens>> refreshing = Optional.empty();
    private Optional<ScheduledFuture<?>> timer = Optional.empty();
    private long generation;

    LoginState(HttpExchange exchange, ScheduledExecutorService scheduler, Duration margin, Clock clock) {
        this.exchange = exchange;
        this.scheduler = scheduler;
        this.margin = margin;
        this.clock = clock;
    }

    synchronized void begin(LoginTokens login) {
        generation++;
        refreshing = Optional.empty();
        use(login);
    }

    synchronized Optional<LoginTokens> current() {
        return tokens;
    }

    synchronized void end() {
        generation++;
        tokens = Optional.empty();
        refreshing = Optional.empty();
        cancelTimer();
    }

    /**
     * Fresh tokens for a caller whose access token {@code stale} was refused or is about to expire: the current ones
     * when another refresh already replaced it, else the outcome of the one refresh in flight.
     */
    CompletableFuture<LoginTokens> refresh(String stale) {
        CompletableFuture<LoginTokens> outcome;
        String refreshToken;
        long started;
        synchronized (this) {
            if (tokens.isEmpty()) {
                return CompletableFuture.failedFuture(new ParleyException(ErrorCode.UNAUTHORIZED, "not logged in"));
            }
            if (!tokens.get().accessToken().equals(stale)) {
                return CompletableFuture.completedFuture(tokens.get());
            }
            if (refreshing.isPresent()) {
                return refreshing.get();
            }
            outcome = new CompletableFuture<>();
            refreshing = Optional.of(outcome);
            refreshToken = tokens.get().refreshToken();
            started = generation;
        }
        exchange.call("POST", "token/refresh", Optional.of(new RefreshJson(refreshToken)),
                        body -> WireJson.read(body, TokensJson.class))
                .whenComplete((answer, failure) -> settle(started, answer, failure, outcome));
        return outcome;
    }

    private void settle(long started, TokensJson answer, Throwable failure, CompletableFuture<LoginTokens> outcome) {
        Optional<LoginTokens> now;
        synchronized (this) {
            refreshing = Optional.empty();
            if (started == generation) {
                adopt(answer, failure);
            }
            now = tokens;
        }
        if (failure != null) {
            outcome.completeExceptionally(Failures.cause(failure));
        } else if (now.isPresent()) {
            outcome.complete(now.get());
        } else {
            outcome.completeExceptionally(new ParleyException(ErrorCode.UNAUTHORIZED, "logged out meanwhile"));
        }
    }

    private void adopt(TokensJson answer, Throwable failure) {
        if (failure == null) {
            use(refreshed(answer, tokens.orElseThrow().user()));
        } else if (Failures.hasCode(failure, ErrorCode.UNAUTHORIZED)) {
            LOG.info("The server refused to refresh the login; the client is logged out");
            tokens = Optional.empty();
            cancelTimer();
        } else {
            LOG.warn("Refreshing the login failed, retrying in {}: {}", RETRY_AFTER_FAILURE, Failures.cause(failure).getMessage());
            schedule(tokens.orElseThrow().accessToken(), RETRY_AFTER_FAILURE);
        }
    }

    private static LoginTokens refreshed(TokensJson answer, User user) {
        return new LoginTokens(answer.accessToken(), answer.expiry(), answer.refresh(), user);
    }

    private void use(LoginTokens login) {
        tokens = Optional.of(login);
        Duration lifetime = Duration.between(clock.instant(), login.expiresAt());
        Duration early = lifetime.dividedBy(5).compareTo(margin) < 0 ? lifetime.dividedBy(5) : margin;
        schedule(login.accessToken(), lifetime.minus(early));
    }

    private void schedule(String accessToken, Duration delay) {
        cancelTimer();
        long millis = Math.max(0, delay.toMillis());
        try {
            timer = Optional.of(scheduler.schedule(() -> refresh(accessToken), millis, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException closed) {
            LOG.debug("The client is closed; no further refresh");
        }
    }

    private void cancelTimer() {
        timer.ifPresent(scheduled -> scheduled.cancel(false));
        timer = Optional.empty();
    }
}

package dev.parley.adapter.server.rest;

import dev.parley.adapter.server.http.AccessLog;
import dev.parley.adapter.server.http.BearerAuthentication;
import dev.parley.adapter.server.http.BodyLimit;
import dev.parley.adapter.server.http.ProblemAnswer;
import dev.parley.adapter.server.http.Redaction;
import dev.parley.adapter.server.json.MessageJson;
import dev.parley.adapter.server.json.MessageRequest;
import dev.parley.adapter.server.json.Problem;
import dev.parley.adapter.server.limits.KeyedRateLimit;
import dev.parley.adapter.server.metrics.ServerMetrics;
import dev.parley.ports.in.SendMessageUseCase;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Principal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /message/{friend_id}}, the hot path of the REST API, served by Grizzly directly, ahead of Jersey
 * (it is mapped to {@code /message/*}; {@code /messages} and everything else stay Jersey's). It answers as Jersey
 * would, in Jersey's order, with the same shared pieces: the body limit on the declared length, 404 for any other
 * path, 405 for another method, {@link BearerAuthentication}, the strict body, the message rate, then the use case;
 * refusals are {@link ProblemAnswer}s; every request goes to the {@link AccessLog}.
 */
public final class SendMessageHandler extends HttpHandler {
    /** The Grizzly context this handler is mapped to, with every path below it. */
    public static final String CONTEXT = "/message";
    private static final String UNMATCHED = "unmatched";
    /** Jersey's answers to {@code OPTIONS}, kept as they were. */
    private static final String ALLOW = "POST,OPTIONS";
    private static final byte[] OPTIONS_BODY = "POST, OPTIONS".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(SendMessageHandler.class);
    /** A suspended send waits for its store as long as that takes (the store answers or fails every write). */
    private static final long NO_TIMEOUT = -1;

    private final SendMessageUseCase sendMessage;
    private final BearerAuthentication authentication;
    private final BodyLimit bodyLimit;
    private final KeyedRateLimit messageRate;
    private final ServerMetrics metrics;
    private final AccessLog accessLog;

    /** What the endpoint uses; the same instances serve the Jersey routes. */
    public record Parts(SendMessageUseCase sendMessage, BearerAuthentication authentication, BodyLimit bodyLimit,
            KeyedRateLimit messageRate, ServerMetrics metrics, AccessLog accessLog) {
    }

    public SendMessageHandler(Parts parts) {
        this.sendMessage = parts.sendMessage();
        this.authentication = parts.authentication();
        this.bodyLimit = parts.bodyLimit();
        this.messageRate = parts.messageRate();
        this.metrics = parts.metrics();
        this.accessLog = parts.accessLog();
    }

    /**
     * Answers at once what is refused before the store; a message to store is answered once its store has it
     * ({@link SendMessageUseCase#sendMessageAsync}): where that is later (a database's commit), the response is suspended
     * meanwhile, so no worker thread waits for the commit, and the answer is written where the store completes the send.
     */
    @Override
    public void service(Request request, Response response) throws IOException {
        Exchange exchange = new Exchange(request.getMethod().getMethodString(), request.getRequestURI(),
                request.getQueryString(), System.nanoTime());
        Optional<String> friendId = MessagePath.friendId(exchange.rawPath());
        String route = UNMATCHED;
        CompletableFuture<Message> stored;
        try {
            Optional<ProblemAnswer> unmatched = unmatched(request, friendId);
            if (unmatched.isPresent()) {
                record(exchange, route, problem(response, unmatched.get()));
                return;
            }
            route = AccessLog.MESSAGE_ROUTE;
            if (request.getMethod() == Method.OPTIONS) {
                response.setHeader("Allow", ALLOW);
                write(response, 200, "text/plain", OPTIONS_BODY);
                record(exchange, route, 200);
                return;
            }
            stored = send(request, friendId.get()).toCompletableFuture();
        } catch (ParleyException refused) {
            record(exchange, route, problem(response, ProblemAnswer.of(refused)));
            return;
        } catch (RuntimeException failure) {
            record(exchange, route, problem(response, ProblemAnswer.unexpected(failure)));
            return;
        }
        if (stored.isDone()) {
            // Stored already (stores in memory): answered on this thread, nothing suspended.
            record(exchange, route, answer(response, stored.handle(Outcome::new).join()));
            return;
        }
        Suspension suspension = new Suspension(response, exchange, route);
        response.suspend(NO_TIMEOUT, TimeUnit.MILLISECONDS, suspension.onCancel());
        stored.handle(Outcome::new).thenAccept(suspension::answer);
    }

    /**
     * A suspended send's response, answered once the store has the message. If the client closes its connection
     * meanwhile, Grizzly cancels the suspension and releases the response for reuse (under the lock of its
     * {@code SuspendContext}, which it takes to cancel): the answer then leaves it alone, only recording what it was.
     */
    private final class Suspension {
        private final Response response;
        private final Object guard;
        private final Exchange exchange;
        private final String route;
        private boolean cancelled;

        Suspension(Response response, Exchange exchange, String route) {
            this.response = response;
            this.guard = response.getSuspendContext();
            this.exchange = exchange;
            this.route = route;
        }

        CompletionHandler<Response> onCancel() {
            return new EmptyCompletionHandler<>() {
                @Override
                public void cancelled() {
                    cancelled = true; // called by Grizzly with the guard held
                }
            };
        }

        void answer(Outcome outcome) {
            synchronized (guard) {
                if (cancelled) {
                    LOG.debug("A message POST's client left before its answer");
                    record(exchange, route, outcome.failure() == null ? accepted() : problemOf(outcome.failure()).status());
                    return;
                }
                int status = 0;
                try {
                    status = SendMessageHandler.this.answer(response, outcome);
                } catch (IOException | RuntimeException unwritten) {
                    // The connection failed while the answer was written: the message's fate stands; the status was set.
                    LOG.debug("The answer to a message POST could not be written", unwritten);
                    status = response.getStatus();
                } finally {
                    record(exchange, route, status);
                    response.resume();
                }
            }
        }
    }

    /** {@code 202} with the stored message, or the problem the store or the use case refused it with. */
    private int answer(Response response, Outcome outcome) throws IOException {
        if (outcome.failure() == null) {
            write(response, accepted(), "application/json", MessageJson.of(outcome.message()).getBytes(StandardCharsets.UTF_8));
            return 202;
        }
        return problem(response, problemOf(outcome.failure()));
    }

    /** Counts a stored message; its status. */
    private int accepted() {
        metrics.messageAccepted();
        return 202;
    }

    private static ProblemAnswer problemOf(Throwable failure) {
        RuntimeException cause = unwrapped(failure);
        return cause instanceof ParleyException refused ? ProblemAnswer.of(refused) : ProblemAnswer.unexpected(cause);
    }

    private void record(Exchange exchange, String route, int status) {
        accessLog.record(exchange.method(), route, status, System.nanoTime() - exchange.started(),
                () -> Redaction.target(exchange.rawPath(), exchange.query()));
    }

    private static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null ? wrapped.getCause() : failure;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException("the send failed", cause);
    }

    /** What Jersey refuses before a resource method is chosen: a declared body over the limit, no such path, method, Accept. */
    private Optional<ProblemAnswer> unmatched(Request request, Optional<String> friendId) {
        try {
            bodyLimit.checkDeclared(request.getContentLengthLong());
        } catch (ParleyException tooLarge) {
            return Optional.of(ProblemAnswer.of(tooLarge));
        }
        Method method = request.getMethod();
        if (friendId.isEmpty()) {
            return Optional.of(ProblemAnswer.ofStatus(404));
        }
        if (method != Method.POST && method != Method.OPTIONS) {
            return Optional.of(ProblemAnswer.ofStatus(405).with("Allow", ALLOW));
        }
        if (method == Method.POST && !AcceptsJson.of(request.getHeader("Accept"))) {
            return Optional.of(ProblemAnswer.ofStatus(406));
        }
        return Optional.empty();
    }

    /** Everything a send checks before its store, in Jersey's order; the stage completes once the store has the message. */
    private CompletionStage<Message> send(Request request, String friendId) throws IOException {
        Principal sender = authentication.authenticate(request.getHeader("Authorization"));
        MessageRequest body = MessageRequest.read(bodyLimit.read(request.getInputStream()));
        messageRate.acquire(sender.userId().value());
        return sendMessage.sendMessageAsync(sender.userId(), PathValues.userId(friendId), body.toOutgoing());
    }

    private static int problem(Response response, ProblemAnswer answer) throws IOException {
        answer.headers().forEach(response::setHeader);
        write(response, answer.status(), Problem.MEDIA_TYPE, answer.body());
        return answer.status();
    }

    private static void write(Response response, int status, String contentType, byte[] body) throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** What the access log needs of a request, taken before it may be suspended (Grizzly recycles it once resumed). */
    private record Exchange(String method, String rawPath, String query, long started) {
    }

    /** How a send ended: the stored message, or what refused it. */
    private record Outcome(Message message, Throwable failure) {
    }
}

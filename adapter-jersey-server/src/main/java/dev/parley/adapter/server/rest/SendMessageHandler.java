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
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

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

    @Override
    public void service(Request request, Response response) throws IOException {
        long started = System.nanoTime();
        String rawPath = request.getRequestURI();
        Optional<String> friendId = MessagePath.friendId(rawPath);
        String route = UNMATCHED;
        int status;
        try {
            Optional<ProblemAnswer> unmatched = unmatched(request, friendId);
            route = unmatched.isPresent() ? UNMATCHED : AccessLog.MESSAGE_ROUTE;
            status = unmatched.isPresent() ? problem(response, unmatched.get()) : matched(request, response, friendId.get());
        } catch (RuntimeException failure) {
            status = problem(response, ProblemAnswer.unexpected(failure));
        }
        accessLog.record(request.getMethod().getMethodString(), route, status, System.nanoTime() - started,
                () -> Redaction.target(rawPath, request.getQueryString()));
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

    private int matched(Request request, Response response, String friendId) throws IOException {
        if (request.getMethod() == Method.OPTIONS) {
            response.setHeader("Allow", ALLOW);
            write(response, 200, "text/plain", OPTIONS_BODY);
            return 200;
        }
        try {
            return send(request, response, friendId);
        } catch (ParleyException refused) {
            return problem(response, ProblemAnswer.of(refused));
        }
    }

    private int send(Request request, Response response, String friendId) throws IOException {
        Principal sender = authentication.authenticate(request.getHeader("Authorization"));
        MessageRequest body = MessageRequest.read(bodyLimit.read(request.getInputStream()));
        messageRate.acquire(sender.userId().value());
        Message message = sendMessage.sendMessage(sender.userId(), PathValues.userId(friendId), body.toOutgoing());
        metrics.messageAccepted();
        write(response, 202, "application/json", MessageJson.of(message).getBytes(StandardCharsets.UTF_8));
        return 202;
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
}

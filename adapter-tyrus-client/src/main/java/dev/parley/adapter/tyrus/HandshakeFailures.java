package dev.parley.adapter.tyrus;

import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import java.net.URI;
import java.util.OptionalInt;
import org.glassfish.tyrus.client.auth.AuthenticationException;
import org.glassfish.tyrus.client.exception.DeploymentHandshakeException;
import org.glassfish.tyrus.core.HandshakeException;

/**
 * What a failed WebSocket connection attempt means. The upgrade carries no problem document a client can read, so
 * an HTTP refusal is mapped by status: 401 → {@code unauthorized} (the token); 404 → {@code agent_not_found} (the
 * only 404 of {@code /ws}: an {@code agents=} entry naming none of the user's agents); another 4xx as {@link Problems}
 * maps it. No status, or a 5xx, is a transport failure: the server could not be reached or failed.
 */
final class HandshakeFailures {
    private HandshakeFailures() {
    }

    static RuntimeException of(Throwable failure, URI uri) {
        OptionalInt status = status(failure);
        if (status.isEmpty() || status.getAsInt() >= 500) {
            return new ParleyTransportException("could not open the stream at " + uri + ": " + describe(failure), failure);
        }
        int code = status.getAsInt();
        ErrorCode refusal = code == 404 ? ErrorCode.AGENT_NOT_FOUND : Problems.byStatus(code);
        return new ParleyException(refusal, "the server refused the stream at " + uri.getPath() + " with HTTP " + code);
    }

    private static OptionalInt status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AuthenticationException) {
                return OptionalInt.of(401);
            }
            int code = cause instanceof DeploymentHandshakeException deployment ? deployment.getHttpStatusCode()
                    : cause instanceof HandshakeException handshake ? handshake.getHttpStatusCode() : 0;
            if (code >= 400) {
                return OptionalInt.of(code);
            }
        }
        return OptionalInt.empty();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}

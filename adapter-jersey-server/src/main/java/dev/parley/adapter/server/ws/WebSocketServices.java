package dev.parley.adapter.server.ws;

import dev.parley.adapter.server.limits.Guards;
import dev.parley.adapter.server.metrics.ServerMetrics;
import dev.parley.ports.in.AuthenticateUseCase;
import dev.parley.ports.in.ListOwnAgentsUseCase;
import dev.parley.ports.in.OpenDeliverySessionUseCase;
import dev.parley.ports.in.SendMessageUseCase;
import java.util.Objects;

/** What the {@code /ws} endpoint needs: the use cases it drives, the meters, the open sessions, the guards and the limits. */
public record WebSocketServices(
        AuthenticateUseCase authenticate,
        ListOwnAgentsUseCase listOwnAgents,
        OpenDeliverySessionUseCase openDeliverySession,
        SendMessageUseCase sendMessage,
        ServerMetrics metrics,
        OpenSessions sessions,
        Guards guards,
        int maxFrameBytes) {

    /** Frames queued for one slow client before it is closed (1013). */
    static final long MAX_QUEUED_BYTES = 16L * 1024 * 1024;

    public WebSocketServices {
        Objects.requireNonNull(authenticate, "authenticate");
        Objects.requireNonNull(listOwnAgents, "listOwnAgents");
        Objects.requireNonNull(openDeliverySession, "openDeliverySession");
        Objects.requireNonNull(sendMessage, "sendMessage");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(guards, "guards");
        if (maxFrameBytes < 1) {
            throw new IllegalArgumentException("maxFrameBytes must be positive");
        }
    }
}

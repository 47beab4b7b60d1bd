package dev.parley.adapter.pgcluster;

import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Signal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Signals as short text, well under NOTIFY's 8000-byte payload limit: a one-letter kind and its fields, each
 * URL-encoded, separated by spaces ({@code W <user>}, {@code R <login>}, {@code P <to> <user> 1|0},
 * {@code Q|A <to> <user> <username> <created-millis>}). An unknown kind decodes to empty, so a node can skip what a
 * newer node publishes during a rolling upgrade.
 */
final class SignalCodec {
    private SignalCodec() {
    }

    static String encode(Signal signal) {
        if (signal instanceof Signal.MessagesWaiting waiting) {
            return join("W", waiting.recipient().value());
        }
        if (signal instanceof Signal.SessionRevoked revoked) {
            return join("R", revoked.session().value());
        }
        Signal.EventFor eventFor = (Signal.EventFor) signal;
        String to = eventFor.user().value();
        ServerEvent event = eventFor.event();
        if (event instanceof ServerEvent.PresenceChanged presence) {
            return join("P", to, presence.userId().value(), presence.online() ? "1" : "0");
        }
        if (event instanceof ServerEvent.FriendRequested requested) {
            return join("Q", to, user(requested.from()));
        }
        return join("A", to, user(((ServerEvent.FriendAccepted) event).friend()));
    }

    static Optional<Signal> decode(String text) {
        List<String> fields = Arrays.stream(text.split(" ")).map(field -> URLDecoder.decode(field, StandardCharsets.UTF_8)).toList();
        String kind = fields.get(0);
        return switch (kind) {
            case "W" -> Optional.of(new Signal.MessagesWaiting(new UserId(fields.get(1))));
            case "R" -> Optional.of(new Signal.SessionRevoked(new SessionId(fields.get(1))));
            case "P" -> Optional.of(eventFor(fields, new ServerEvent.PresenceChanged(new UserId(fields.get(2)), "1".equals(fields.get(3)))));
            case "Q" -> Optional.of(eventFor(fields, new ServerEvent.FriendRequested(user(fields))));
            case "A" -> Optional.of(eventFor(fields, new ServerEvent.FriendAccepted(user(fields))));
            default -> Optional.empty();
        };
    }

    /** Whose signal it is: the user it wakes or tells, or the login it ends. Signals with one addressee keep their order. */
    static String addressee(Signal signal) {
        if (signal instanceof Signal.MessagesWaiting waiting) {
            return waiting.recipient().value();
        }
        if (signal instanceof Signal.EventFor eventFor) {
            return eventFor.user().value();
        }
        return ((Signal.SessionRevoked) signal).session().value();
    }

    /** Whether the signal goes into the journal, to be replayed to a node whose listening connection dropped. */
    static boolean journaled(Signal signal) {
        return !(signal instanceof Signal.MessagesWaiting);
    }

    private static Signal eventFor(List<String> fields, ServerEvent event) {
        return new Signal.EventFor(new UserId(fields.get(1)), event);
    }

    private static String[] user(User user) {
        return new String[] {user.id().value(), user.username().value(), Long.toString(user.createdAt().toEpochMilli())};
    }

    private static User user(List<String> fields) {
        return new User(new UserId(fields.get(2)), new Username(fields.get(3)), Instant.ofEpochMilli(Long.parseLong(fields.get(4))));
    }

    private static String join(String kind, String... fields) {
        StringBuilder text = new StringBuilder(kind);
        for (String field : fields) {
            text.append(' ').append(URLEncoder.encode(field, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static String join(String kind, String to, String[] user) {
        String[] fields = new String[user.length + 1];
        fields[0] = to;
        System.arraycopy(user, 0, fields, 1, user.length);
        return join(kind, fields);
    }
}

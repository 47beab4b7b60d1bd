package dev.parley.ports.out;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import java.util.Objects;
import java.util.Optional;

/** A wake-up for live sessions, wherever they are held. Small on purpose: sessions read the rest from the stores. */
public sealed interface Signal {
    /**
     * New messages are pending for the recipient. It may carry the message just stored ({@code appended}), so a session
     * that has pushed everything before it can push it without reading the store; a session behind, or a signal
     * without it (one that crossed nodes, say), reads what is pending from the store as before.
     */
    record MessagesWaiting(UserId recipient, Optional<Message> appended) implements Signal {
        public MessagesWaiting {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(appended, "appended");
            if (appended.isPresent() && !appended.get().recipientId().equals(recipient)) {
                throw new IllegalArgumentException("the appended message is not to " + recipient.value());
            }
        }

        /** A wake-up alone: sessions read what is pending. */
        public MessagesWaiting(UserId recipient) {
            this(recipient, Optional.empty());
        }

        /** A wake-up carrying the message just stored for its recipient. */
        public static MessagesWaiting of(Message appended) {
            return new MessagesWaiting(appended.recipientId(), Optional.of(appended));
        }
    }

    /** An event for every live session of a user. */
    record EventFor(UserId user, ServerEvent event) implements Signal {
        public EventFor {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(event, "event");
        }
    }

    /** A login was ended: close the live sessions opened with it. */
    record SessionRevoked(SessionId session) implements Signal {
        public SessionRevoked {
            Objects.requireNonNull(session, "session");
        }
    }
}

package dev.parley.ports.out;

import dev.parley.ports.model.ServerEvent;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.UserId;
import java.util.Objects;

/** A wake-up for live sessions, wherever they are held. Small on purpose: sessions read the rest from the stores. */
public sealed interface Signal {
    /** New messages are pending for the recipient. */
    record MessagesWaiting(UserId recipient) implements Signal {
        public MessagesWaiting {
            Objects.requireNonNull(recipient, "recipient");
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

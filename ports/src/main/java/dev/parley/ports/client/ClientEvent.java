package dev.parley.ports.client;

import dev.parley.ports.model.Message;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import java.util.Objects;

/** What a stream delivers to agent code. */
public sealed interface ClientEvent {
    /** A message for one of the stream's agents (or for the user). Acknowledge its seq once handled. */
    record MessageReceived(Message message) implements ClientEvent {
        public MessageReceived {
            Objects.requireNonNull(message, "message");
        }
    }

    record FriendRequestReceived(User from) implements ClientEvent {
        public FriendRequestReceived {
            Objects.requireNonNull(from, "from");
        }
    }

    record FriendAccepted(User friend) implements ClientEvent {
        public FriendAccepted {
            Objects.requireNonNull(friend, "friend");
        }
    }

    record PresenceChanged(UserId userId, boolean online) implements ClientEvent {
        public PresenceChanged {
            Objects.requireNonNull(userId, "userId");
        }
    }

    /** The stream closed: {@code code} is the WebSocket close code (4401: the login was ended). */
    record StreamClosed(int code, String reason) implements ClientEvent {
        public StreamClosed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}

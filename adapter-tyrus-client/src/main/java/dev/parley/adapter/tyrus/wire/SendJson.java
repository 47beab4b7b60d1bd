package dev.parley.adapter.tyrus.wire;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.OutgoingMessage;

/** The body of {@code POST /message/{friend_id}}; the content goes out as the JSON it already is. */
public record SendJson(String type, String recipientAgent, @JsonRawValue String content, String senderAgent,
        String inReplyTo, String idempotencyKey) {

    public static SendJson from(OutgoingMessage message) {
        return new SendJson(message.type().name(),
                message.recipientAgent().map(AgentName::value).orElse(null),
                message.content().json(),
                message.senderAgent().map(AgentName::value).orElse(null),
                message.inReplyTo().map(MessageId::value).orElse(null),
                message.idempotencyKey().map(IdempotencyKey::value).orElse(null));
    }
}

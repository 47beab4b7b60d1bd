package dev.parley.benchmarks.jmh;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;
import java.util.Optional;

/** The message the benchmarks read and write: what the load generator sends, a 64-character text with its marks. */
final class Samples {
    static final String CONTENT = "{\"text\":\"" + "x".repeat(64) + "\",\"r\":1,\"s\":3,\"k\":12345,\"t\":123456789012345}";
    static final String REST_BODY = "{\"type\":\"INFORMATION\",\"recipient_agent\":\"a\",\"content\":" + CONTENT + "}";
    static final String SEND_FRAME = "{\"action\":\"send\",\"ref\":\"1:3:12345\",\"to\":\"6f1c2a1e-4b7d-4c1e-9d55-0b7a2f3e9c11\","
            + "\"type\":\"INFORMATION\",\"recipient_agent\":\"a\",\"content\":" + CONTENT + "}";

    private Samples() {
    }

    static Message message() {
        return new Message(new MessageId("0d6c8f1e-2a44-4a8e-9d7c-3b1f2e4a5c66"), new Seq(4242),
                new ConversationId("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), Optional.empty(), MessageType.INFORMATION,
                new UserId("6f1c2a1e-4b7d-4c1e-9d55-0b7a2f3e9c11"), new Username("pairs3"), Optional.empty(),
                new UserId("1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6"), new Username("pairr3"), Optional.of(new AgentName("a")),
                Content.json(CONTENT), Instant.parse("2026-11-25T20:10:42.120Z"));
    }
}

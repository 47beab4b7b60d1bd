package dev.parley.adapter.inmemory.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Content;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackedMessagesTest {
    @Test
    void aMessageComesBackWithEveryField() {
        PackedMessages packed = new PackedMessages();
        Message full = message(7, "é ✓ 😀".repeat(3), Optional.of(new MessageId("m-0")), Optional.of(new AgentName("scout")),
                Optional.of(new AgentName("planner")), Instant.parse("2026-11-26T12:00:00.123456789Z"));
        Message bare = message(Long.MAX_VALUE, "x", Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);

        long first = packed.append(full);
        long second = packed.append(bare);

        assertThat(packed.message(first)).isEqualTo(full);
        assertThat(packed.message(second)).isEqualTo(bare);
        assertThat(second).isGreaterThan(first);
    }

    @Test
    void theSenderKeyOfAKeyedMessageIsReadBackAndAKeylessMessageHasNone() {
        PackedMessages packed = new PackedMessages();
        Message full = message(3, "keyed", Optional.of(new MessageId("m-0")), Optional.of(new AgentName("scout")),
                Optional.of(new AgentName("planner")), Instant.EPOCH);
        Message bare = message(4, "keyless", Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);
        IdempotencyKey key = new IdempotencyKey("retry-1 ✓");

        long keyed = packed.append(full, Optional.of(key));
        long keyless = packed.append(bare);

        String senderKey = PackedMessages.senderKey(full.senderId(), key);
        assertThat(packed.hasSenderKey(keyed, senderKey)).isTrue();
        assertThat(packed.hasSenderKey(keyed, PackedMessages.senderKey(full.recipientId(), key))).isFalse();
        assertThat(packed.hasSenderKey(keyed, PackedMessages.senderKey(full.senderId(), new IdempotencyKey("retry-2")))).isFalse();
        assertThat(packed.hasSenderKey(keyless, PackedMessages.senderKey(bare.senderId(), key))).isFalse();
        assertThat(packed.message(keyed)).isEqualTo(full);
    }

    @Test
    void messagesFillChunkAfterChunkInAddressOrder() {
        PackedMessages packed = new PackedMessages(512);
        List<Message> stored = new ArrayList<>();
        List<Long> addresses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Message message = message(i, "body " + "y".repeat(i % 50), Optional.empty(), Optional.empty(), Optional.empty(),
                    Instant.ofEpochMilli(i));
            stored.add(message);
            addresses.add(packed.append(message));
        }

        assertThat(addresses).isSorted().doesNotHaveDuplicates();
        assertThat(addresses.get(199)).as("spread over many 512-byte chunks").isGreaterThan(20 * 512);
        PackedMessages.View view = packed.view();
        for (int i = 0; i < 200; i++) {
            assertThat(view.message(addresses.get(i))).isEqualTo(stored.get(i));
            assertThat(view.hasId(addresses.get(i), "m" + i)).isTrue();
            assertThat(view.hasId(addresses.get(i), "m" + (i + 1))).isFalse();
        }
    }

    @Test
    void theLargestContentFitsTheDefaultChunk() {
        PackedMessages packed = new PackedMessages();
        String large = "{\"text\":\"" + "é".repeat((Content.MAX_BYTES - 12) / 2) + "\"}";
        Message message = message(1, "", Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);
        Message withLarge = new Message(message.id(), message.seq(), message.conversationId(), message.inReplyTo(),
                message.type(), message.senderId(), message.senderUsername(), message.senderAgent(), message.recipientId(),
                message.recipientUsername(), message.recipientAgent(), Content.json(large), message.createdAt());

        long before = packed.append(message);
        long address = packed.append(withLarge);

        assertThat(packed.message(address)).isEqualTo(withLarge);
        assertThat(packed.message(before)).isEqualTo(message);
    }

    @Test
    void aMessageLargerThanAChunkIsRefusedAndNothingIsStored() {
        PackedMessages packed = new PackedMessages(256);
        Message small = message(1, "a", Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH);
        long first = packed.append(small);

        assertThatThrownBy(() -> packed.append(message(2, "z".repeat(300), Optional.empty(), Optional.empty(),
                Optional.empty(), Instant.EPOCH))).isInstanceOf(IllegalArgumentException.class);

        long next = packed.append(small);
        assertThat(packed.message(next)).isEqualTo(small);
        assertThat(packed.message(first)).isEqualTo(small);
    }

    private static Message message(long n, String text, Optional<MessageId> inReplyTo, Optional<AgentName> senderAgent,
            Optional<AgentName> recipientAgent, Instant at) {
        return new Message(new MessageId("m" + n), new Seq(n), new ConversationId("c" + n), inReplyTo, MessageType.values()[(int) (n % 11)],
                new UserId("u-ana"), new Username("ana"), senderAgent, new UserId("u-bo"), new Username("Bob"), recipientAgent,
                Content.text(text), at);
    }
}

package dev.parley.adapter.inmemory.store;

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
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Stored messages encoded one after the other in large byte arrays ("chunks"), each named by its address: its offset
 * in the whole sequence, so later messages have larger addresses.
 *
 * <p>Why not the messages themselves: a store that keeps every message keeps ~15 small objects per message, which
 * the JVM's young collections copy again and again (G1 ages a survivor up to 15 times before promoting it) while
 * the store grows. A chunk is one large array: G1 allocates it straight into the old generation and never copies
 * it, so a stored message costs the collector nothing. A message is decoded again (into short-lived objects) when
 * read back, which is rarer than storing: deliveries use the message as sent.
 *
 * <p>Appends are not thread-safe: the owner serializes them. Reading a message appended before the reader's
 * last synchronization with the appender is safe at any time (its bytes are never written again), which is what
 * {@link #view()} hands out.
 */
final class PackedMessages {
    /**
     * 1 MiB (and its header): at least half a G1 region on heaps below 8 GiB, so allocated as a humongous (old) object;
     * on larger heaps a chunk is copied a few times before G1 promotes it, still one object per thousands of messages.
     */
    static final int DEFAULT_CHUNK_BYTES = 1 << 20;

    private static final MessageType[] TYPES = MessageType.values();
    private static final int REPLY = 1;
    private static final int SENDER_AGENT = 2;
    private static final int RECIPIENT_AGENT = 4;
    private static final int KEY = 8;

    private final int chunkBytes;
    private byte[][] chunks = new byte[4][];
    private int chunkCount;
    /** Free space starts here in the last chunk. */
    private int used;
    private final Encoder encoder = new Encoder();

    PackedMessages() {
        this(DEFAULT_CHUNK_BYTES);
    }

    /** With chunks of {@code chunkBytes}; no message may take more (a message is at most ~70 KB encoded). */
    PackedMessages(int chunkBytes) {
        if (chunkBytes < 256) {
            throw new IllegalArgumentException("chunks of at least 256 bytes, got " + chunkBytes);
        }
        this.chunkBytes = chunkBytes;
    }

    /** Stores the message; answers its address. */
    long append(Message message) {
        return append(message, Optional.empty());
    }

    /** Stores the message with the idempotency key its sender gave it, if any; answers its address. */
    long append(Message message, Optional<IdempotencyKey> key) {
        byte[] encoded = encoder.encode(message, key);
        int length = encoder.length();
        if (length > chunkBytes) {
            throw new IllegalArgumentException("a message of " + length + " bytes does not fit a chunk of " + chunkBytes);
        }
        if (chunkCount == 0 || chunkBytes - used < length) {
            if (chunkCount == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            chunks[chunkCount++] = new byte[chunkBytes];
            used = 0;
        }
        System.arraycopy(encoded, 0, chunks[chunkCount - 1], used, length);
        long address = (long) (chunkCount - 1) * chunkBytes + used;
        used += length;
        return address;
    }

    /** The messages stored so far, readable from any thread that got the view from the appending side's lock. */
    View view() {
        return new View(Arrays.copyOf(chunks, chunkCount), chunkBytes);
    }

    /** The stored message at {@code address}. */
    Message message(long address) {
        return new View(chunks, chunkBytes).message(address);
    }

    /** Whether the message at {@code address} has this id (without decoding the rest). */
    boolean hasId(long address, String id) {
        return new View(chunks, chunkBytes).hasId(address, id);
    }

    /** Whether the message at {@code address} is the one its sender stored under this {@link #senderKey}. */
    boolean hasSenderKey(long address, String senderKey) {
        return new View(chunks, chunkBytes).senderKey(address).filter(senderKey::equals).isPresent();
    }

    /**
     * One string for a sender's idempotency key, as {@link #hasSenderKey} compares it: the sender's id (a UUID, no line
     * break in it) first, so no two pairs give the same string.
     */
    static String senderKey(UserId sender, IdempotencyKey key) {
        return sender.value() + '\n' + key.value();
    }

    /** Read access to the messages stored when it was taken. */
    static final class View {
        private final byte[][] chunks;
        private final int chunkBytes;

        private View(byte[][] chunks, int chunkBytes) {
            this.chunks = chunks;
            this.chunkBytes = chunkBytes;
        }

        Message message(long address) {
            Decoder in = decoder(address);
            MessageId id = new MessageId(in.string());
            Seq seq = new Seq(in.varLong());
            Instant createdAt = Instant.ofEpochSecond(in.varLong(), in.varLong());
            MessageType type = TYPES[in.next()];
            int flags = in.next();
            ConversationId conversation = new ConversationId(in.string());
            Optional<MessageId> inReplyTo = (flags & REPLY) != 0 ? Optional.of(new MessageId(in.string())) : Optional.empty();
            UserId senderId = new UserId(in.string());
            Username senderName = new Username(in.string());
            Optional<AgentName> senderAgent = (flags & SENDER_AGENT) != 0 ? Optional.of(new AgentName(in.string())) : Optional.empty();
            UserId recipientId = new UserId(in.string());
            Username recipientName = new Username(in.string());
            Optional<AgentName> recipientAgent =
                    (flags & RECIPIENT_AGENT) != 0 ? Optional.of(new AgentName(in.string())) : Optional.empty();
            Content content = Content.json(in.string());
            return new Message(id, seq, conversation, inReplyTo, type, senderId, senderName, senderAgent, recipientId,
                    recipientName, recipientAgent, content, createdAt);
        }

        boolean hasId(long address, String id) {
            return decoder(address).stringEquals(id);
        }

        /** The sender's id and idempotency key of the message at {@code address}, if it was stored with one. */
        Optional<String> senderKey(long address) {
            Decoder in = decoder(address);
            in.skipString();
            in.varLong();
            in.varLong();
            in.varLong();
            in.next();
            int flags = in.next();
            if ((flags & KEY) == 0) {
                return Optional.empty();
            }
            in.skipString();
            if ((flags & REPLY) != 0) {
                in.skipString();
            }
            String sender = in.string();
            in.skipString();
            if ((flags & SENDER_AGENT) != 0) {
                in.skipString();
            }
            in.skipString();
            in.skipString();
            if ((flags & RECIPIENT_AGENT) != 0) {
                in.skipString();
            }
            in.skipString();
            return Optional.of(sender + '\n' + in.string());
        }

        private Decoder decoder(long address) {
            return new Decoder(chunks[(int) (address / chunkBytes)], (int) (address % chunkBytes));
        }
    }

    /** Writes a message into a reused buffer: variable-length numbers, strings as a length and UTF-8 bytes. */
    private static final class Encoder {
        private byte[] buffer = new byte[1024];
        private int length;

        byte[] encode(Message message, Optional<IdempotencyKey> key) {
            length = 0;
            string(message.id().value());
            varLong(message.seq().value());
            varLong(message.createdAt().getEpochSecond());
            varLong(message.createdAt().getNano());
            room(2);
            buffer[length++] = (byte) message.type().ordinal();
            buffer[length++] = (byte) ((message.inReplyTo().isPresent() ? REPLY : 0)
                    | (message.senderAgent().isPresent() ? SENDER_AGENT : 0)
                    | (message.recipientAgent().isPresent() ? RECIPIENT_AGENT : 0)
                    | (key.isPresent() ? KEY : 0));
            string(message.conversationId().value());
            message.inReplyTo().ifPresent(id -> string(id.value()));
            string(message.senderId().value());
            string(message.senderUsername().value());
            message.senderAgent().ifPresent(agent -> string(agent.value()));
            string(message.recipientId().value());
            string(message.recipientUsername().value());
            message.recipientAgent().ifPresent(agent -> string(agent.value()));
            string(message.content().json());
            key.ifPresent(k -> string(k.value()));
            return buffer;
        }

        int length() {
            return length;
        }

        private void string(String value) {
            if (ascii(value)) {
                // Ids, names and most content: one byte per char, written without an intermediate array.
                int chars = value.length();
                varLong(chars);
                room(chars);
                for (int i = 0; i < chars; i++) {
                    buffer[length++] = (byte) value.charAt(i);
                }
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            varLong(bytes.length);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private static boolean ascii(String value) {
            for (int i = 0; i < value.length(); i++) {
                if (value.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }

        private void varLong(long value) {
            room(10);
            long rest = value;
            while ((rest & ~0x7FL) != 0) {
                buffer[length++] = (byte) ((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            buffer[length++] = (byte) rest;
        }

        private void room(int bytes) {
            if (length + bytes > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + bytes));
            }
        }
    }

    /** Reads what {@link Encoder} wrote, from one position of a chunk on. */
    private static final class Decoder {
        private final byte[] chunk;
        private int at;

        Decoder(byte[] chunk, int at) {
            this.chunk = chunk;
            this.at = at;
        }

        int next() {
            return chunk[at++] & 0xFF;
        }

        long varLong() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                int b = next();
                value |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
            }
        }

        String string() {
            int bytes = (int) varLong();
            String value = new String(chunk, at, bytes, StandardCharsets.UTF_8);
            at += bytes;
            return value;
        }

        void skipString() {
            int bytes = (int) varLong();
            at += bytes;
        }

        boolean stringEquals(String expected) {
            int bytes = (int) varLong();
            byte[] wanted = expected.getBytes(StandardCharsets.UTF_8);
            return Arrays.equals(chunk, at, at + bytes, wanted, 0, wanted.length);
        }
    }
}

package dev.parley.adapter.server.json;

import dev.parley.ports.model.Message;

/**
 * The wire JSON of a message (its {@link MessageView}), rendered once per message and thread. A send renders the
 * same message twice in a row on one thread: the recipient's {@code message} frame (delivery runs inside the send)
 * and then the sender's answer ({@code sent} frame or {@code 202} body). Each thread keeps the last message it
 * rendered, so the second rendering is a lookup; a stored message never changes, so the text stays right.
 */
public final class MessageJson {
    private static final ThreadLocal<Rendered> LAST = new ThreadLocal<>();

    private record Rendered(Message message, String json) {
    }

    private MessageJson() {
    }

    /** The compact JSON object of {@code message}, as {@link MessageView} writes it. */
    public static String of(Message message) {
        Rendered last = LAST.get();
        if (last != null && last.message().equals(message)) {
            return last.json();
        }
        String json = MessageView.from(message).json();
        LAST.set(new Rendered(message, json));
        return json;
    }
}

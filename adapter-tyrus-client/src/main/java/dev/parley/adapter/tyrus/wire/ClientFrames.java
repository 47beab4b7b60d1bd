package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.Seq;

/** The frames the client sends on the WebSocket. */
public final class ClientFrames {
    private ClientFrames() {
    }

    public static String acknowledge(Seq upTo) {
        return "{\"action\":\"ack\",\"seq\":" + upTo.value() + "}";
    }

    public static String resume(Seq afterSeq) {
        return "{\"action\":\"resume\",\"after_seq\":" + afterSeq.value() + "}";
    }

    public static String ping() {
        return "{\"action\":\"ping\"}";
    }
}

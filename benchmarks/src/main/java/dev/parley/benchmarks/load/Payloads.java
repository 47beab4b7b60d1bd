package dev.parley.benchmarks.load;

/** The frames and bodies the generator sends, built as text: the content carries the marks {@link Frame} reads back. */
final class Payloads {
    /** About the size of a short chat line. */
    private static final String PADDING = "x".repeat(64);

    private Payloads() {
    }

    static String content(long run, int stream, long number, long scheduled) {
        return "{\"text\":\"" + PADDING + "\",\"r\":" + run + ",\"s\":" + stream + ",\"k\":" + number + ",\"t\":" + scheduled + "}";
    }

    /**
     * A message POST's body. It carries an idempotency key unique to the message ({@code run:stream:number}), so that
     * {@link NioHttp} may send it again after its connection died without an answer: whether the first one reached the
     * server or not, the server stores it once (wire contract, {@code idempotency_key}).
     */
    static String restBody(long run, int stream, long number, long scheduled) {
        return "{\"type\":\"INFORMATION\",\"recipient_agent\":\"" + Population.AGENT + "\",\"idempotency_key\":\""
                + run + ":" + stream + ":" + number + "\",\"content\":" + content(run, stream, number, scheduled) + "}";
    }

    static String sendFrame(String to, long run, int stream, long number, long scheduled) {
        return "{\"action\":\"send\",\"ref\":\"" + run + ":" + stream + ":" + number + "\",\"to\":\"" + to
                + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"" + Population.AGENT + "\",\"content\":"
                + content(run, stream, number, scheduled) + "}";
    }
}

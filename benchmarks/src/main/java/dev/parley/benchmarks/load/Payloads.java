package dev.parley.benchmarks.load;

/** The frames and bodies the generator sends, built as text: the content carries the marks {@link Frame} reads back. */
final class Payloads {
    /** About the size of a short chat line. */
    private static final String PADDING = "x".repeat(64);
    private static final String KEY_ZEROS = "0".repeat(12);

    private Payloads() {
    }

    static String content(long run, int stream, long number, long scheduled) {
        return "{\"text\":\"" + PADDING + "\",\"r\":" + run + ",\"s\":" + stream + ",\"k\":" + number + ",\"t\":" + scheduled + "}";
    }

    /**
     * A message POST's body. It carries an idempotency key unique to the message ({@link #idempotencyKey}), so that
     * {@link NioHttp} may send it again after its connection died without an answer: whether the first one reached the
     * server or not, the server stores it once (wire contract, {@code idempotency_key}).
     */
    static String restBody(long run, int stream, long number, long scheduled) {
        return "{\"type\":\"INFORMATION\",\"recipient_agent\":\"" + Population.AGENT + "\",\"idempotency_key\":\""
                + idempotencyKey(run, stream, number) + "\",\"content\":" + content(run, stream, number, scheduled) + "}";
    }

    /**
     * {@code run:stream:number}, the number zero-padded to 12 digits, so that one sender's keys sort in the order it
     * sends them, as a client's counter or a time-ordered key would: each lands at the end of the sender's keys in a
     * store's index instead of in the middle.
     */
    static String idempotencyKey(long run, int stream, long number) {
        String digits = Long.toString(number);
        return run + ":" + stream + ":" + KEY_ZEROS.substring(Math.min(digits.length(), KEY_ZEROS.length())) + digits;
    }

    static String sendFrame(String to, long run, int stream, long number, long scheduled) {
        return "{\"action\":\"send\",\"ref\":\"" + run + ":" + stream + ":" + number + "\",\"to\":\"" + to
                + "\",\"type\":\"INFORMATION\",\"recipient_agent\":\"" + Population.AGENT + "\",\"content\":"
                + content(run, stream, number, scheduled) + "}";
    }
}

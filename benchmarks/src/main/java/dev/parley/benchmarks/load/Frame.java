package dev.parley.benchmarks.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * What the generator reads from a server frame, pulled out with Jackson's streaming parser (no tree): the event,
 * the ref, the message's seq and the marks the generator put in the content ({@code r} run, {@code s} stream,
 * {@code k} number, {@code t} scheduled nanoTime). One instance per socket, reused frame after frame.
 */
final class Frame {
    private static final JsonFactory FACTORY = new JsonFactory();

    String event = "";
    String ref = "";
    long seq = -1;
    long run = -1;
    int stream = -1;
    long number = -1;
    long scheduled = -1;

    /** Reads {@code text} into this frame; false when it is not a JSON object. */
    boolean read(String text) {
        event = "";
        ref = "";
        seq = run = number = scheduled = -1;
        stream = -1;
        try (JsonParser parser = FACTORY.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            readObject(parser, 1);
            return true;
        } catch (IOException malformed) {
            return false;
        }
    }

    private void readObject(JsonParser parser, int depth) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readObject(parser, depth + 1);
            } else if (value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else {
                take(field, depth, parser);
            }
        }
    }

    private void take(String field, int depth, JsonParser parser) throws IOException {
        if (depth == 1 && field.equals("event")) {
            event = parser.getText();
        } else if (depth == 1 && field.equals("ref")) {
            ref = parser.getText();
        } else if (depth == 2 && field.equals("seq")) {
            seq = parser.getLongValue();
        } else if (depth == 3) {
            mark(field, parser);
        }
    }

    private void mark(String field, JsonParser parser) throws IOException {
        switch (field) {
            case "r" -> run = parser.getLongValue();
            case "s" -> stream = parser.getIntValue();
            case "k" -> number = parser.getLongValue();
            case "t" -> scheduled = parser.getLongValue();
            default -> {
                // the padding text
            }
        }
    }
}

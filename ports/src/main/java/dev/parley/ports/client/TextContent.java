package dev.parley.ports.client;

import dev.parley.ports.model.Content;
import java.util.Optional;

/**
 * Reads the text out of the contract's text message, {@code {"text": "…"}}: an object with that one string
 * field, whitespace allowed. Anything else has no text. Enough JSON for that, no more.
 */
final class TextContent {
    private final String json;
    private int at;

    private TextContent(String json) {
        this.json = json;
    }

    static Optional<String> of(Content content) {
        TextContent reader = new TextContent(content.json());
        try {
            return Optional.of(reader.textObject());
        } catch (IllegalArgumentException notText) {
            return Optional.empty();
        }
    }

    private String textObject() {
        expect('{');
        if (!"text".equals(string())) {
            throw new IllegalArgumentException("not the text field");
        }
        expect(':');
        String text = string();
        expect('}');
        skipSpace();
        if (at != json.length()) {
            throw new IllegalArgumentException("trailing input");
        }
        return text;
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            out.append(c == '\\' ? escaped() : c);
        }
    }

    private char escaped() {
        char c = next();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw new IllegalArgumentException("bad escape");
        };
    }

    private char unicode() {
        if (at + 4 > json.length()) {
            throw new IllegalArgumentException("short unicode escape");
        }
        String hex = json.substring(at, at + 4);
        at += 4;
        return (char) Integer.parseInt(hex, 16);
    }

    private void expect(char wanted) {
        skipSpace();
        if (next() != wanted) {
            throw new IllegalArgumentException("expected " + wanted);
        }
    }

    private char next() {
        if (at >= json.length()) {
            throw new IllegalArgumentException("end of input");
        }
        return json.charAt(at++);
    }

    private void skipSpace() {
        while (at < json.length() && Character.isWhitespace(json.charAt(at))) {
            at++;
        }
    }
}

package dev.parley.ports.model;

import java.nio.charset.StandardCharsets;

/**
 * A message's content: any JSON value, held as compact UTF-8 JSON text. Adapters that parse JSON
 * check and compact it before it reaches the domain; {@link #text(String)} builds the text message
 * of the contract, {@code {"text": "…"}}.
 */
public record Content(String json) {
    /** The contract's limit on the compact UTF-8 form. */
    public static final int MAX_BYTES = 65_536;

    public Content {
        Check.notBlank(json, "content");
        if (json.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, "content: larger than " + MAX_BYTES + " bytes as compact JSON");
        }
    }

    /** The text message of the contract: {@code {"text": text}}. */
    public static Content text(String text) {
        Check.present(text, "text");
        return new Content("{\"text\":" + JsonStrings.quote(text) + "}");
    }

    /** Content from JSON text the caller vouches for (adapters validate it on the way in). */
    public static Content json(String json) {
        return new Content(json);
    }
}

package dev.parley.bootstrap.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP answer as a test reads it. */
public record Reply(int status, String body, HttpResponse<String> raw) {
    static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            throw new UncheckedIOException("not JSON: " + body, notJson);
        }
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    /** The problem document's code. */
    public String code() {
        return json().path("code").asText();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}

package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Json;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.ParleyException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request bodies into the adapter's request records with the strict {@link Json} mapper, whatever
 * the Content-Type says (a body is JSON on this API), and refuses a body over the limit while reading it,
 * so a chunked upload without Content-Length is capped too.
 */
public final class JsonBodyReader implements MessageBodyReader<Object> {
    private static final String REQUEST_PACKAGE = Json.class.getPackageName();

    private final int maxBytes;

    public JsonBodyReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(REQUEST_PACKAGE);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            throw ParleyException.invalid("body", "a JSON object is required");
        }
        return Json.read(bytes, type);
    }

    static ParleyException tooLarge(int maxBytes) {
        return new ParleyException(ErrorCode.PAYLOAD_TOO_LARGE, "body: larger than " + maxBytes + " bytes");
    }
}

package dev.parley.adapter.server.http;

import dev.parley.adapter.server.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request bodies into the adapter's request records with the strict {@link Json} mapper, whatever
 * the Content-Type says (a body is JSON on this API), within the {@link BodyLimit}.
 */
public final class JsonBodyReader implements MessageBodyReader<Object> {
    private static final String REQUEST_PACKAGE = Json.class.getPackageName();

    private final BodyLimit limit;

    public JsonBodyReader(BodyLimit limit) {
        this.limit = limit;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(REQUEST_PACKAGE);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return Json.read(limit.read(body), type);
    }
}

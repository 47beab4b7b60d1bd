package dev.parley.adapter.server.rest;

import java.util.Optional;
import org.glassfish.jersey.uri.UriComponent;

/**
 * The {@code friend_id} of a raw {@code /message/{friend_id}} request path, percent-decoded as Jersey decodes a path
 * parameter; matrix parameters dropped and one trailing slash tolerated, as Jersey does. Any other path under {@code /message} names nothing.
 */
final class MessagePath {
    static final String PREFIX = "/message/";

    private MessagePath() {
    }

    static Optional<String> friendId(String rawPath) {
        if (!rawPath.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int end = rawPath.endsWith("/") ? rawPath.length() - 1 : rawPath.length();
        String segment = withoutMatrixParameters(rawPath.substring(PREFIX.length(), Math.max(end, PREFIX.length())));
        if (segment.isEmpty() || segment.indexOf('/') >= 0) {
            return Optional.empty();
        }
        return Optional.of(segment.indexOf('%') < 0 ? segment : UriComponent.decode(segment, UriComponent.Type.PATH_SEGMENT));
    }

    /** Jersey leaves {@code ;name=value} matrix parameters out of a path parameter. */
    private static String withoutMatrixParameters(String segment) {
        int semicolon = segment.indexOf(';');
        return semicolon < 0 ? segment : segment.substring(0, semicolon);
    }
}

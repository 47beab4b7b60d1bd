package dev.parley.adapter.tyrus;

import dev.parley.ports.model.HistoryQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** REST paths with their variable parts encoded. */
final class Paths {
    private Paths() {
    }

    /** {@code base/segment}, the segment percent-encoded as a path segment. */
    static String of(String base, String segment) {
        return base + "/" + URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code messages?…} with the query's filters and page. */
    static String history(HistoryQuery query) {
        List<String> parameters = new ArrayList<>();
        query.with().ifPresent(friend -> parameters.add(parameter("with", friend.value())));
        query.conversationId().ifPresent(id -> parameters.add(parameter("conversation_id", id.value())));
        query.afterSeq().ifPresent(seq -> parameters.add(parameter("after_seq", Long.toString(seq.value()))));
        parameters.add(parameter("limit", Integer.toString(query.limit())));
        query.cursor().ifPresent(cursor -> parameters.add(parameter("cursor", cursor)));
        return "messages?" + String.join("&", parameters);
    }

    private static String parameter(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

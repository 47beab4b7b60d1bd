package dev.parley.adapter.tyrus.wire;

import dev.parley.ports.model.HistoryPage;
import java.util.List;
import java.util.Optional;

/** The answer of {@code GET /messages}: a page, oldest first, and the next page's cursor (null on the last). */
public record HistoryJson(List<MessageJson> messages, String next) {
    public HistoryPage toPage() {
        return new HistoryPage(Fields.required(messages, "messages").stream().map(MessageJson::toMessage).toList(),
                Optional.ofNullable(next));
    }
}

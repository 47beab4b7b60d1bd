package dev.parley.adapter.server.json;

import dev.parley.ports.model.HistoryPage;
import java.util.List;

/** The answer of {@code GET /messages}: a page, oldest first, and the cursor of the next one (null on the last). */
public record HistoryView(List<MessageView> messages, String next) {
    public static HistoryView from(HistoryPage page) {
        return new HistoryView(page.messages().stream().map(MessageView::from).toList(), page.next().orElse(null));
    }
}

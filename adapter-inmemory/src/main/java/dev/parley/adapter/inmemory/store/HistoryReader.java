package dev.parley.adapter.inmemory.store;

import dev.parley.adapter.inmemory.store.MessageLog.Entry;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.HistoryCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Filters and pages one user's entries of the log. */
final class HistoryReader {
    private static final HistoryCursor CURSOR = new HistoryCursor("mem:");

    private HistoryReader() {
    }

    static HistoryPage page(List<Entry> entries, UserId user, HistoryQuery query) {
        long after = query.cursor().map(CURSOR::decode).orElse(0L);
        List<Message> page = new ArrayList<>();
        long lastPosition = after;
        for (Entry entry : entries) {
            if (entry.position() <= after || !matches(entry.message(), user, query)) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new HistoryPage(page, Optional.of(CURSOR.encode(lastPosition)));
            }
            page.add(entry.message());
            lastPosition = entry.position();
        }
        return new HistoryPage(page, Optional.empty());
    }

    private static boolean matches(Message message, UserId user, HistoryQuery query) {
        boolean withOk = query.with().map(other -> message.involves(other) && !other.equals(user)).orElse(true);
        boolean conversationOk = query.conversationId().map(message.conversationId()::equals).orElse(true);
        boolean seqOk = query.afterSeq()
                .map(seq -> message.recipientId().equals(user) && message.seq().isAfter(seq))
                .orElse(true);
        return withOk && conversationOk && seqOk;
    }
}

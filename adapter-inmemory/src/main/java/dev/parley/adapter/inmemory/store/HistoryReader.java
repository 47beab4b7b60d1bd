package dev.parley.adapter.inmemory.store;

import dev.parley.adapter.inmemory.store.MessageLog.Participation;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.HistoryCursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Filters and pages what one user sent or received; the cursor is the address of the last message given. */
final class HistoryReader {
    private static final HistoryCursor CURSOR = new HistoryCursor("mem:");

    private HistoryReader() {
    }

    static HistoryPage page(Participation participation, UserId user, HistoryQuery query) {
        long after = query.cursor().map(CURSOR::decode).orElse(-1L);
        long[] addresses = participation.addresses();
        int found = Arrays.binarySearch(addresses, after);
        List<Message> page = new ArrayList<>();
        long lastPosition = after;
        for (int i = found >= 0 ? found + 1 : -found - 1; i < addresses.length; i++) {
            Message message = participation.messages().message(addresses[i]);
            if (!matches(message, user, query)) {
                continue;
            }
            if (page.size() == query.limit()) {
                return new HistoryPage(page, Optional.of(CURSOR.encode(lastPosition)));
            }
            page.add(message);
            lastPosition = addresses[i];
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

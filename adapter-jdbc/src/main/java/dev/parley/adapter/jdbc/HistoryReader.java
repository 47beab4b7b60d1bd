package dev.parley.adapter.jdbc;

import dev.parley.adapter.jdbc.MessageRows.Positioned;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One page of a user's history: filtered in SQL, in store position order ({@link HistoryRows}), one row more than
 * the page to see if it is the last; its cursor a {@link HistoryBookmark}.
 */
final class HistoryReader {
    private final Database database;

    HistoryReader(Database database) {
        this.database = database;
    }

    HistoryPage page(UserId user, HistoryQuery query) {
        HistoryBookmark after = query.cursor().map(HistoryBookmark::decode).orElse(HistoryBookmark.START);
        if (query.with().filter(user::equals).isPresent()) {
            return new HistoryPage(List.of(), Optional.empty());
        }
        return database.read(handle -> page(handle, user, query, after));
    }

    private static HistoryPage page(Handle handle, UserId user, HistoryQuery query, HistoryBookmark after) {
        // A cursor from before the seq was carried: worked out once, the next cursor carries it.
        long seqBound = after.receivedSeq().orElseGet(() -> HistoryRows.seqBound(handle, user, 0, after.position()));
        List<Positioned> rows = HistoryRows.after(handle, user, query, after, seqBound, query.limit() + 1);
        if (rows.size() <= query.limit()) {
            return new HistoryPage(messages(rows), Optional.empty());
        }
        List<Positioned> page = rows.subList(0, query.limit());
        long last = page.get(page.size() - 1).position();
        HistoryBookmark next = new HistoryBookmark(last, nextSeqBound(handle, user, query, page, seqBound));
        return new HistoryPage(messages(page), Optional.of(next.encode()));
    }

    /**
     * The seq bound at the page's last message. Without filters the page holds every message received since the last
     * bound up to there, so it is the seq of its last received message (or the last bound, if it has none). A filter
     * may have left received messages out: the bound steps over them now, once, not on every later page.
     */
    private static long nextSeqBound(Handle handle, UserId user, HistoryQuery query, List<Positioned> page, long seqBound) {
        long bound = page.stream()
                .map(Positioned::message)
                .filter(message -> message.recipientId().equals(user))
                .mapToLong(message -> message.seq().value())
                .reduce(seqBound, Math::max);
        if (query.with().isEmpty() && query.conversationId().isEmpty()) {
            return bound;
        }
        return HistoryRows.seqBound(handle, user, bound, page.get(page.size() - 1).position());
    }

    private static List<Message> messages(List<Positioned> rows) {
        return rows.stream().map(Positioned::message).toList();
    }
}

package dev.parley.adapter.jdbc;

import dev.parley.adapter.jdbc.MessageRows.Positioned;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * The messages of a user's history after a bookmark, read as two index ranges: what the user sent by
 * {@code (sender_id, position)}, what the user received by {@code (recipient_id, seq)}.
 *
 * <p>For one recipient, seq order is position order. On SQLite the one writer numbers a message and inserts it (which
 * draws its position) before it numbers the next. On PostgreSQL an append locks the recipient's
 * {@code mailbox_counters} row to take the next seq, before it inserts, and keeps the lock until commit: the append
 * taking a later seq waits for the earlier one's commit, so it draws a later position, and it is never visible
 * without the earlier one. So the messages received after a position are those above some seq, in seq order.
 */
final class HistoryRows {
    private HistoryRows() {
    }

    /**
     * The first {@code rows} messages of the user's history after {@code after}, in position order, each once (a
     * message to oneself is in both ranges). {@code seqBound}: every message the user received with a seq up to it lies
     * at or before {@code after}. Both ranges are read by one statement, so from one snapshot.
     */
    static List<Positioned> after(Handle handle, UserId user, HistoryQuery query, HistoryBookmark after, long seqBound, int rows) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("user", user.value());
        parameters.put("after", after.position());
        parameters.put("seqBound", Math.max(seqBound, query.afterSeq().map(Seq::value).orElse(0L)));
        parameters.put("rows", rows);
        String filters = filters(query, parameters);
        // The seq bound only says where to start reading; the position decides, so a bound that lags (a cursor used
        // with other filters than the page that made it) costs rows read, never a message given twice.
        String received = "SELECT " + MessageRows.COLUMNS + " FROM messages WHERE recipient_id = :user AND seq > :seqBound"
                + " AND position > :after" + filters + " ORDER BY seq LIMIT :rows";
        String sent = "SELECT " + MessageRows.COLUMNS + " FROM messages WHERE sender_id = :user AND position > :after"
                + filters + " ORDER BY position LIMIT :rows";
        // after_seq asks for received messages only: those the user sent to themselves are among them.
        String sql = query.afterSeq().isPresent() ? received
                : "SELECT * FROM (" + sent + ") AS sent UNION ALL SELECT * FROM (" + received + ") AS received";
        return firstInPositionOrder(handle.createQuery(sql).bindMap(parameters).map(MessageRows::positioned).list(), rows);
    }

    private static List<Positioned> firstInPositionOrder(List<Positioned> found, int rows) {
        TreeMap<Long, Positioned> byPosition = new TreeMap<>();
        found.forEach(row -> byPosition.putIfAbsent(row.position(), row));
        return byPosition.values().stream().limit(rows).toList();
    }

    /**
     * The highest seq bound at {@code position}, given one that holds: every message the user received up to
     * {@code from} lies at or before {@code position}. Reads the received messages from {@code from} up to the first
     * after {@code position}, in one statement so that a message arriving meanwhile cannot be counted as before it.
     */
    static long seqBound(Handle handle, UserId user, long from, long position) {
        long found = handle.createQuery("""
                        SELECT COALESCE(
                            (SELECT seq - 1 FROM messages WHERE recipient_id = :user AND seq > :from AND position > :position
                                ORDER BY seq LIMIT 1),
                            (SELECT seq FROM messages WHERE recipient_id = :user ORDER BY seq DESC LIMIT 1),
                            0)""")
                .bind("user", user.value())
                .bind("from", from)
                .bind("position", position)
                .mapTo(Long.class)
                .one();
        return Math.max(from, found);
    }

    /** The query's filters, the same on both ranges; after_seq is part of the received range's seq bound. */
    private static String filters(HistoryQuery query, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder();
        query.with().ifPresent(with -> {
            sql.append(" AND (sender_id = :with OR recipient_id = :with)");
            parameters.put("with", with.value());
        });
        query.conversationId().ifPresent(conversation -> {
            sql.append(" AND conversation_id = :conversation");
            parameters.put("conversation", conversation.value());
        });
        return sql.toString();
    }
}

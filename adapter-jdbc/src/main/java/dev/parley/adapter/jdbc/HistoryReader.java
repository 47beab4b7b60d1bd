package dev.parley.adapter.jdbc;

import dev.parley.adapter.jdbc.MessageRows.Positioned;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.HistoryCursor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One page of a user's history: filtered in SQL, in store position order, one row more than the page to see if it is the last. */
final class HistoryReader {
    private static final HistoryCursor CURSOR = new HistoryCursor("jdbc:");

    private final Database database;

    HistoryReader(Database database) {
        this.database = database;
    }

    HistoryPage page(UserId user, HistoryQuery query) {
        long after = query.cursor().map(CURSOR::decode).orElse(0L);
        if (query.with().filter(user::equals).isPresent()) {
            return new HistoryPage(List.of(), Optional.empty());
        }
        Map<String, Object> parameters = new HashMap<>();
        String sql = sql(user, query, after, parameters);
        List<Positioned> rows = database.read(handle -> handle.createQuery(sql)
                .bindMap(parameters)
                .map(MessageRows::positioned)
                .list());
        if (rows.size() <= query.limit()) {
            return new HistoryPage(messages(rows), Optional.empty());
        }
        List<Positioned> page = rows.subList(0, query.limit());
        return new HistoryPage(messages(page), Optional.of(CURSOR.encode(page.get(page.size() - 1).position())));
    }

    private static String sql(UserId user, HistoryQuery query, long after, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("SELECT " + MessageRows.COLUMNS
                + " FROM messages WHERE position > :after AND (sender_id = :user OR recipient_id = :user)");
        parameters.put("after", after);
        parameters.put("user", user.value());
        query.with().ifPresent(with -> {
            sql.append(" AND (sender_id = :with OR recipient_id = :with)");
            parameters.put("with", with.value());
        });
        query.conversationId().ifPresent(conversation -> {
            sql.append(" AND conversation_id = :conversation");
            parameters.put("conversation", conversation.value());
        });
        query.afterSeq().ifPresent(seq -> {
            sql.append(" AND recipient_id = :user AND seq > :afterSeq");
            parameters.put("afterSeq", seq.value());
        });
        parameters.put("rows", query.limit() + 1);
        return sql.append(" ORDER BY position LIMIT :rows").toString();
    }

    private static List<Message> messages(List<Positioned> rows) {
        return rows.stream().map(Positioned::message).toList();
    }
}

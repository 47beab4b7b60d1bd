package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.MessageDrafts;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Opening a database that holds messages under an older schema: the upgrade keeps them, and history reads them. */
abstract class SchemaUpgradeContract extends OlderDatabaseContract {
    @Test
    void version5DropsTheRecipientPositionIndexAndHistoryStillReadsEveryMessage() throws Exception {
        List<Message> alicesHistory = messagesAtVersion4();
        String cursorBefore = positionOnlyCursor(alicesHistory.get(2));

        try (JdbcStores stores = JdbcStores.open(scratch.url())) {
            assertThat(older.indexesOf("messages")).doesNotContain("messages_recipient_position")
                    .contains("messages_recipient_seq", "messages_sender_position");
            assertThat(pages(stores, pageOf(2))).containsExactlyElementsOf(alicesHistory);
            assertThat(pages(stores, pageOf(2).withCursor(cursorBefore)))
                    .containsExactlyElementsOf(alicesHistory.subList(3, alicesHistory.size()));
            Message later = stores.messages().append(MessageDrafts.from(bob.user(), alice.user()).build()).message();
            assertThat(later.seq()).isEqualTo(new Seq(5));
            assertThat(pages(stores, pageOf(3).withCursor(cursorBefore))).last().isEqualTo(later);
        }
    }

    /** The schema up to version 4, and messages written as that version's store wrote them; answers alice's history. */
    private List<Message> messagesAtVersion4() throws SQLException {
        older.migrateTo("4");
        User[][] pairs = {{alice.user(), bob.user()}, {bob.user(), alice.user()}, {alice.user(), alice.user()},
            {carol.user(), alice.user()}, {alice.user(), carol.user()}, {bob.user(), carol.user()}, {carol.user(), alice.user()},
            {alice.user(), bob.user()}};
        List<Message> alicesHistory = new ArrayList<>();
        Map<String, Long> lastSeq = new HashMap<>();
        try (Connection connection = older.connect()) {
            for (UserAccount account : List.of(alice, bob, carol)) {
                OlderSchema.insertUser(connection, account);
            }
            for (User[] pair : pairs) {
                long seq = lastSeq.merge(pair[1].id().value(), 1L, Long::sum);
                Message message = MessageDrafts.from(pair[0], pair[1]).build().numbered(new Seq(seq));
                OlderSchema.insertPendingBeforeVersion6(connection, message);
                if (message.involves(alice.user().id())) {
                    alicesHistory.add(message);
                }
            }
            for (Map.Entry<String, Long> counter : lastSeq.entrySet()) {
                OlderSchema.update(connection, "INSERT INTO mailbox_counters (user_id, last_seq) VALUES (?, ?)",
                        counter.getKey(), counter.getValue());
            }
        }
        return alicesHistory;
    }

    private List<Message> pages(JdbcStores stores, HistoryQuery firstPage) {
        List<Message> read = new ArrayList<>();
        HistoryQuery query = firstPage;
        while (true) {
            HistoryPage page = stores.messages().history(alice.user().id(), query);
            read.addAll(page.messages());
            if (page.next().isEmpty()) {
                return read;
            }
            query = query.withCursor(page.next().get());
        }
    }

    private static HistoryQuery pageOf(int limit) {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), limit, Optional.empty());
    }

    /** The cursor a version 4 store handed out for a page ending at {@code message}. */
    private String positionOnlyCursor(Message message) throws SQLException {
        List<String> positions = older.strings("SELECT position FROM messages WHERE id = '" + message.id().value() + "'");
        String text = "jdbc:" + positions.get(0);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }
}

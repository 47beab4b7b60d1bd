package dev.parley.adapter.jdbc.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.contract.MessageDrafts;
import dev.parley.ports.out.contract.StoreContract;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A history cursor handed out before cursors carried a seq, {@code "jdbc:POSITION"}: it still pages on from there. */
public abstract class PositionOnlyCursorContract extends StoreContract {
    private User alice;
    private User bob;
    private User carol;

    /** The URL of the database behind {@link #newStores()}, to read positions from. */
    protected abstract String jdbcUrl();

    @BeforeEach
    void threeUsers() {
        alice = storedUser("alice");
        bob = storedUser("bob");
        carol = storedUser("carol");
    }

    @Test
    void pagesAfterAPositionOnlyCursorHoldEveryLaterMessageOnce() throws SQLException {
        mixedMessages();
        List<Message> history = stores.messages().history(alice.id(), HistoryQuery.everything()).messages();

        for (int k = 0; k < history.size(); k++) {
            String old = positionOnly(history.get(k));
            for (int size = 1; size <= 3; size++) {
                HistoryQuery query = new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), size, Optional.of(old));
                assertThat(allPages(query)).as("after message %d in pages of %d", k, size)
                        .containsExactlyElementsOf(history.subList(k + 1, history.size()));
            }
        }
    }

    @Test
    void filteredPagesAfterAPositionOnlyCursorHoldEveryLaterMatchOnce() throws SQLException {
        mixedMessages();
        List<Message> withBob = stores.messages().history(alice.id(), with(bob.id(), 50, Optional.empty())).messages();

        for (int k = 0; k < withBob.size(); k++) {
            assertThat(allPages(with(bob.id(), 2, Optional.of(positionOnly(withBob.get(k))))))
                    .containsExactlyElementsOf(withBob.subList(k + 1, withBob.size()));
        }
    }

    @Test
    void theNextCursorCarriesTheSeq() throws SQLException {
        mixedMessages();
        Message first = stores.messages().history(alice.id(), HistoryQuery.everything()).messages().get(0);

        HistoryQuery query = new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), 2, Optional.of(positionOnly(first)));
        String next = stores.messages().history(alice.id(), query).next().orElseThrow();

        assertThat(new String(Base64.getUrlDecoder().decode(next), StandardCharsets.US_ASCII)).startsWith("jdbc2:");
    }

    private void mixedMessages() {
        User[][] pairs = {{alice, bob}, {carol, alice}, {alice, alice}, {bob, alice}, {alice, bob}, {alice, bob},
            {carol, alice}, {bob, carol}, {carol, alice}, {alice, alice}, {bob, alice}, {alice, carol}};
        for (User[] pair : pairs) {
            stores.messages().append(MessageDrafts.from(pair[0], pair[1]).build());
        }
    }

    private List<Message> allPages(HistoryQuery firstPage) {
        List<Message> read = new ArrayList<>();
        HistoryQuery query = firstPage;
        while (true) {
            HistoryPage page = stores.messages().history(alice.id(), query);
            read.addAll(page.messages());
            if (page.next().isEmpty()) {
                return read;
            }
            query = query.withCursor(page.next().get());
        }
    }

    private static HistoryQuery with(UserId other, int limit, Optional<String> cursor) {
        return new HistoryQuery(Optional.of(other), Optional.empty(), Optional.empty(), limit, cursor);
    }

    /** The cursor the store would have handed out before, for a page ending at {@code message}. */
    private String positionOnly(Message message) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
                PreparedStatement statement = connection.prepareStatement("SELECT position FROM messages WHERE id = ?")) {
            statement.setString(1, message.id().value());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                String text = "jdbc:" + rs.getLong(1);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}

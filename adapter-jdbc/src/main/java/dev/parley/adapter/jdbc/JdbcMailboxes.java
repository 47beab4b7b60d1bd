package dev.parley.adapter.jdbc;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Query;

/**
 * The pending part of {@code messages}: those with a row in {@code pending_messages}, which an acknowledgement deletes
 * (the message's own row is never written again). The counts per recipient agent come from the {@link PendingTally},
 * which an acknowledgement tells what it cleared.
 */
final class JdbcMailboxes implements Mailboxes {
    private final Database database;
    private final PendingTally tally;

    JdbcMailboxes(Database database, PendingTally tally) {
        this.database = database;
        this.tally = tally;
    }

    /**
     * The page of seqs comes from {@code pending_messages} alone (its primary key is in seq order), the messages for
     * them through {@code messages_recipient_seq}. A subquery rather than a join keeps the agent condition on
     * {@code pending_messages}' column without naming tables: both tables have a {@code recipient_agent}.
     */
    @Override
    public List<Message> pending(UserId recipient, AgentSelection agents, Seq after, int limit) {
        Selected selected = Selected.of(agents);
        String sql = "SELECT " + MessageRows.COLUMNS + " FROM messages WHERE recipient_id = ? AND seq IN ("
                + "SELECT seq FROM pending_messages WHERE recipient_id = ? AND seq > ? AND " + selected.condition()
                + " ORDER BY seq LIMIT ?) ORDER BY seq";
        return database.read(handle -> {
            Query query = handle.createQuery(sql).bind(0, recipient.value()).bind(1, recipient.value()).bind(2, after.value());
            int index = 3;
            for (String agent : selected.agents()) {
                query.bind(index++, agent);
            }
            return query.bind(index, limit).map(MessageRows::message).list();
        });
    }

    @Override
    public void acknowledge(UserId recipient, AgentSelection agents, Seq upTo) {
        Selected selected = Selected.of(agents);
        String delete = "DELETE FROM pending_messages WHERE recipient_id = ? AND seq <= ? AND " + selected.condition();
        if (!tally.countsAcknowledgements()) {
            database.write(handle -> database.writerStatements().run(handle, delete, statement -> {
                bindAcknowledgement(statement, recipient, upTo, selected);
                return statement.executeUpdate();
            }));
            return;
        }
        // RETURNING (SQLite 3.35+): one row per message cleared, naming its agent, for the counts.
        database.write(handle -> database.writerStatements().run(handle, delete + " RETURNING recipient_agent", statement -> {
                    bindAcknowledgement(statement, recipient, upTo, selected);
                    List<Optional<String>> cleared = new ArrayList<>();
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            cleared.add(Optional.ofNullable(rs.getString(1)));
                        }
                    }
                    return cleared;
                }),
                cleared -> tally.acknowledged(recipient, cleared));
    }

    private static void bindAcknowledgement(PreparedStatement statement, UserId recipient, Seq upTo, Selected selected)
            throws SQLException {
        statement.setString(1, recipient.value());
        statement.setLong(2, upTo.value());
        int index = 3;
        for (String agent : selected.agents()) {
            statement.setString(index++, agent);
        }
    }

    @Override
    public long pendingCount(UserId recipient, Optional<AgentName> agent) {
        return tally.count(recipient, agent);
    }

    /** The condition for messages the selection serves (those to the user, and those to its agents) and its parameters. */
    private record Selected(String condition, List<String> agents) {
        static Selected of(AgentSelection selection) {
            if (selection.only().isEmpty()) {
                return new Selected("1 = 1", List.of());
            }
            List<String> names = selection.only().get().stream().map(AgentName::value).sorted().toList();
            if (names.isEmpty()) {
                return new Selected("recipient_agent IS NULL", List.of());
            }
            String marks = String.join(", ", Collections.nCopies(names.size(), "?"));
            return new Selected("(recipient_agent IS NULL OR recipient_agent IN (" + marks + "))", names);
        }
    }
}

package dev.parley.adapter.jdbc;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Mailboxes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pending part of {@code messages}: rows whose {@code pending} flag an acknowledgement has not yet cleared. The
 * counts per recipient agent come from the {@link PendingTally}, which an acknowledgement tells what it cleared.
 */
final class JdbcMailboxes implements Mailboxes {
    private final Database database;
    private final PendingTally tally;

    JdbcMailboxes(Database database, PendingTally tally) {
        this.database = database;
        this.tally = tally;
    }

    @Override
    public List<Message> pending(UserId recipient, AgentSelection agents, Seq after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("recipient", recipient.value());
        parameters.put("after", after.value());
        parameters.put("limit", limit);
        String sql = "SELECT " + MessageRows.COLUMNS + " FROM messages"
                + " WHERE recipient_id = :recipient AND pending AND seq > :after AND " + selected(agents, parameters)
                + " ORDER BY seq LIMIT :limit";
        return database.read(handle -> handle.createQuery(sql).bindMap(parameters).map(MessageRows::message).list());
    }

    @Override
    public void acknowledge(UserId recipient, AgentSelection agents, Seq upTo) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("recipient", recipient.value());
        parameters.put("upTo", upTo.value());
        String sql = "UPDATE messages SET pending = FALSE"
                + " WHERE recipient_id = :recipient AND pending AND seq <= :upTo AND " + selected(agents, parameters);
        if (!tally.countsAcknowledgements()) {
            database.write(handle -> handle.createUpdate(sql).bindMap(parameters).execute());
            return;
        }
        // RETURNING (SQLite 3.35+): one row per message cleared, naming its agent, for the counts.
        database.write(handle -> handle.createQuery(sql + " RETURNING recipient_agent").bindMap(parameters)
                        .map((rs, ctx) -> Optional.ofNullable(rs.getString("recipient_agent")))
                        .list(),
                cleared -> tally.acknowledged(recipient, cleared));
    }

    @Override
    public long pendingCount(UserId recipient, Optional<AgentName> agent) {
        return tally.count(recipient, agent);
    }

    /** The condition for messages the selection serves: those to the user, and those to its agents. */
    private static String selected(AgentSelection agents, Map<String, Object> parameters) {
        if (agents.only().isEmpty()) {
            return "1 = 1";
        }
        Set<AgentName> names = agents.only().get();
        if (names.isEmpty()) {
            return "recipient_agent IS NULL";
        }
        StringBuilder in = new StringBuilder("(recipient_agent IS NULL OR recipient_agent IN (");
        int index = 0;
        for (AgentName name : names) {
            String parameter = "agent" + index;
            in.append(index == 0 ? ":" : ", :").append(parameter);
            parameters.put(parameter, name.value());
            index++;
        }
        return in.append("))").toString();
    }
}

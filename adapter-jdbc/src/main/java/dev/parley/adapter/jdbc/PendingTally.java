package dev.parley.adapter.jdbc;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.UserId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many messages each recipient agent has pending: what the mailbox limit is checked against before every send.
 *
 * <p>Where this process alone writes the database ({@link Database#heldAlone()}), the counts are read once when the
 * store opens and then kept in memory: every append and acknowledgement reports what it changed once it is
 * committed, one at a time in commit order, before its caller hears ({@link Database#write(org.jdbi.v3.core.HandleCallback,
 * java.util.function.Consumer)}), so the counts follow what is committed. Elsewhere each count is a query.
 */
abstract class PendingTally {
    /** The recipient's pending messages addressed to exactly {@code agent} (empty: to the user). */
    abstract long count(UserId recipient, Optional<AgentName> agent);

    /** Whether {@link #acknowledged} wants to hear which agents an acknowledgement cleared messages of. */
    abstract boolean countsAcknowledgements();

    /** {@code message} is committed, pending. */
    abstract void appended(Message message);

    /** Messages of the recipient addressed to {@code agents} (one entry per message) are committed as no longer pending. */
    abstract void acknowledged(UserId recipient, Collection<Optional<String>> agents);

    static PendingTally on(Database database) {
        return database.heldAlone() ? InMemory.load(database) : new Queried(database);
    }

    /**
     * Every count asked of the database: a range of {@code pending_messages}' primary key (the recipient's pending
     * rows, which the mailbox limit keeps few), filtered by agent.
     */
    private static final class Queried extends PendingTally {
        private final Database database;

        Queried(Database database) {
            this.database = database;
        }

        @Override
        long count(UserId recipient, Optional<AgentName> agent) {
            String agentIs = agent.isPresent() ? "recipient_agent = :agent" : "recipient_agent IS NULL";
            String sql = "SELECT COUNT(*) FROM pending_messages WHERE recipient_id = :recipient AND " + agentIs;
            return database.read(handle -> handle.createQuery(sql)
                    .bind("recipient", recipient.value())
                    .bind("agent", agent.map(AgentName::value).orElse(""))
                    .mapTo(Long.class)
                    .one());
        }

        @Override
        boolean countsAcknowledgements() {
            return false;
        }

        @Override
        void appended(Message message) {
        }

        @Override
        void acknowledged(UserId recipient, Collection<Optional<String>> agents) {
        }
    }

    /** The counts in memory; only keys with pending messages are held. Changed by one thread at a time, in commit order. */
    private static final class InMemory extends PendingTally {
        private final Map<Key, Long> counts;

        private InMemory(Map<Key, Long> counts) {
            this.counts = counts;
        }

        /** Reads every count; called while the store opens, before anything writes. */
        static InMemory load(Database database) {
            Map<Key, Long> counts = new ConcurrentHashMap<>();
            database.read(handle -> handle.createQuery("""
                            SELECT recipient_id, recipient_agent, COUNT(*) AS pending_count FROM pending_messages
                            GROUP BY recipient_id, recipient_agent""")
                    .map((rs, ctx) -> Map.entry(new Key(rs.getString("recipient_id"),
                            Optional.ofNullable(rs.getString("recipient_agent"))), rs.getLong("pending_count")))
                    .list())
                    .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
            return new InMemory(counts);
        }

        @Override
        long count(UserId recipient, Optional<AgentName> agent) {
            return counts.getOrDefault(new Key(recipient.value(), agent.map(AgentName::value)), 0L);
        }

        @Override
        boolean countsAcknowledgements() {
            return true;
        }

        @Override
        void appended(Message message) {
            counts.merge(new Key(message.recipientId().value(), message.recipientAgent().map(AgentName::value)), 1L, Long::sum);
        }

        @Override
        void acknowledged(UserId recipient, Collection<Optional<String>> agents) {
            for (Optional<String> agent : agents) {
                counts.computeIfPresent(new Key(recipient.value(), agent), (key, pending) -> pending > 1 ? pending - 1 : null);
            }
        }
    }

    /** A recipient and the agent its messages are addressed to. */
    private record Key(String recipient, Optional<String> agent) {
    }
}

package dev.parley.adapter.jdbc;

import dev.parley.ports.model.Appended;
import dev.parley.ports.model.ConversationId;
import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.IdempotencyKey;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.MessageId;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.NewMessage;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Messages;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jdbi.v3.core.Handle;

/**
 * Messages in {@code messages}, each with a row in {@code pending_messages} until acknowledged. An append numbers the
 * message in the same transaction that stores it and its pending row, so a seq is kept only if its message is. On
 * SQLite, which this process alone writes, the seq comes from the writer's memory ({@link SeqCounters}: each
 * recipient's {@code mailbox_counters} row is written once per batch, with its commit). On PostgreSQL, where other
 * nodes number too, the append locks the recipient's counter row until commit ({@link CounterRowNumbering}), so a
 * later seq of that recipient can neither be handed out twice nor become readable before an earlier one. Appends
 * share transactions through the database's one writer ({@link GroupCommit}), which numbers them in queue order and
 * answers each only after the commit. An append whose idempotency key was used already takes no seq.
 */
final class JdbcMessages implements Messages {
    private final Database database;
    private final PendingTally tally;

    JdbcMessages(Database database, PendingTally tally) {
        this.database = database;
        this.tally = tally;
    }

    @Override
    public Appended append(NewMessage draft) {
        try {
            return database.write(handle -> store(handle, draft), this::counted);
        } catch (RuntimeException e) {
            return firstAfterRace(draft, e);
        }
    }

    /**
     * Queued now, in the caller's order; answered on an answers thread of the database once committed, each
     * recipient's appends in commit order (so in seq order: its live sessions can push each as it comes).
     */
    @Override
    public CompletionStage<Appended> appendAsync(NewMessage draft) {
        return database.writeAsync(handle -> store(handle, draft), this::counted, draft.recipient().id())
                .handle((appended, failure) -> failure == null ? appended : firstAfterRace(draft, WriteTask.unchecked(failure)));
    }

    private Appended store(Handle handle, NewMessage draft) {
        return firstWithKey(handle, draft)
                .map(first -> new Appended(first, false))
                .orElseGet(() -> new Appended(insert(handle, draft), true));
    }

    private void counted(Appended appended) {
        if (appended.created()) {
            tally.appended(appended.message());
        }
    }

    /** A racing append with the same key committed first (the unique index refused this one): answers that one. */
    private Appended firstAfterRace(NewMessage draft, RuntimeException refused) {
        return draft.idempotencyKey()
                .flatMap(key -> byIdempotencyKey(draft.sender().id(), key))
                .map(first -> new Appended(first, false))
                .orElseThrow(() -> refused);
    }

    @Override
    public Optional<Message> byId(MessageId id) {
        return database.read(handle -> handle.createQuery("SELECT " + MessageRows.COLUMNS + " FROM messages WHERE id = :id")
                .bind("id", id.value())
                .map(MessageRows::message)
                .findOne());
    }

    @Override
    public Optional<Message> byIdempotencyKey(UserId sender, IdempotencyKey key) {
        return database.read(handle -> byKey(handle, sender, key));
    }

    @Override
    public boolean conversationEnded(ConversationId conversation) {
        return database.read(handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM messages WHERE conversation_id = :conversation AND message_type = :end")
                .bind("conversation", conversation.value())
                .bind("end", MessageType.END.name())
                .mapTo(Long.class)
                .one()) > 0;
    }

    @Override
    public HistoryPage history(UserId user, HistoryQuery query) {
        return new HistoryReader(database).page(user, query);
    }

    /** On the writer: the message this draft's key already stored, through the writer's own prepared statement. */
    private Optional<Message> firstWithKey(Handle handle, NewMessage draft) {
        return draft.idempotencyKey().flatMap(key -> database.writerStatements().run(handle, MessageRows.BY_SENDER_KEY,
                statement -> MessageRows.bySenderKey(statement, draft.sender().id(), key)));
    }

    private Message insert(Handle handle, NewMessage draft) {
        WriterStatements statements = database.writerStatements();
        Message message = draft.numbered(new Seq(database.numbering().next(handle, draft.recipient().id())));
        statements.run(handle, MessageRows.INSERT, statement -> MessageRows.insert(statement, message, draft.idempotencyKey()));
        statements.run(handle, MessageRows.INSERT_PENDING, statement -> MessageRows.insertPending(statement, message));
        return message;
    }

    private static Optional<Message> byKey(Handle handle, UserId sender, IdempotencyKey key) {
        return handle.createQuery(MessageRows.BY_SENDER_KEY)
                .bind(0, sender.value())
                .bind(1, key.value())
                .map(MessageRows::message)
                .findOne();
    }
}

-- Pending state moves out of messages into a table of its own. An acknowledgement used to rewrite the rows it cleared
-- in messages, where the rows of all recipients interleave in insert order: every commit re-dirtied tens of table
-- pages, each written to SQLite's write-ahead log again. Now it deletes a few rows from this small B-tree, kept in
-- (recipient_id, seq) order, and never touches messages; a message row is written once, when it is appended.
--
-- No foreign key to messages: a pending row is inserted in the same transaction as its message, and messages are
-- never deleted, so the reference cannot dangle; the key would only add a lookup of the message to every append (on
-- PostgreSQL also a lock on its row). recipient_agent is copied from the message so the mailbox limit's count and an
-- acknowledgement for some agents need not read messages either.
--
-- The placeholder key_ordered_table is WITHOUT ROWID on SQLite: the rows live in the primary key's B-tree itself, so
-- an append or an acknowledgement changes one B-tree, not a rowid table and its key index. PostgreSQL has no such
-- option (it is empty there).
CREATE TABLE pending_messages (
    recipient_id    VARCHAR(128) NOT NULL,
    seq             BIGINT       NOT NULL,
    recipient_agent VARCHAR(64),
    PRIMARY KEY (recipient_id, seq)
) ${key_ordered_table};

INSERT INTO pending_messages (recipient_id, seq, recipient_agent)
SELECT recipient_id, seq, recipient_agent FROM messages WHERE pending;

-- Nothing reads or writes messages.pending any more. SQLite (3.35+) drops a column only once no index refers to it,
-- so the partial index goes first. On SQLite the drop rewrites every row of messages, once, here; PostgreSQL only
-- marks the column dropped.
DROP INDEX messages_pending;
ALTER TABLE messages DROP COLUMN pending;

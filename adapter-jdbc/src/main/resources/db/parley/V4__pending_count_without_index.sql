-- The pending count per recipient agent needs no index of its own any more: a SQLite store keeps the counts in memory,
-- and PostgreSQL counts within the recipient's pending messages (messages_pending), which the mailbox limit keeps few.
-- One index fewer for every insert and acknowledgement to update.
DROP INDEX messages_pending_agent;

-- Most messages carry no idempotency key: the unique rule and the lookup by key concern only those that do, so only
-- they are indexed (one index fewer for every other insert to update).
DROP INDEX messages_sender_key;
CREATE UNIQUE INDEX messages_sender_key ON messages (sender_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

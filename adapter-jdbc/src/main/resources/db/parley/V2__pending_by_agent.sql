-- The mailbox limit counts one recipient agent's pending messages before every send: an index range, not a scan
-- of the recipient's whole mailbox.
CREATE INDEX messages_pending_agent ON messages (recipient_id, recipient_agent) WHERE pending;

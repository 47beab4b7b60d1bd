-- History pages what a user received by messages_recipient_seq instead: for one recipient, seq order is store position
-- order. One index fewer for every insert to update, and on SQLite one B-tree page fewer per conversation stream in
-- every group commit.
DROP INDEX messages_recipient_position;

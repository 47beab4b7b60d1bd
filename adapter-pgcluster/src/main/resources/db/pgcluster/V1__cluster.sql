-- Several Parley nodes on one PostgreSQL: who is alive, which live sessions each holds, and a short journal of the
-- signals that are not messages (events, revocations) for nodes whose listening connection dropped for a while.

-- One row per running node; its sessions count while lease_until (the database's clock) is in the future.
CREATE TABLE cluster_nodes (
    node_id     VARCHAR(64) NOT NULL PRIMARY KEY,
    lease_until TIMESTAMPTZ NOT NULL
);

-- No foreign key to cluster_nodes: a node that lost its row keeps writing here until it re-joins, and only
-- sessions of a node with a running lease count.
CREATE TABLE live_sessions (
    session_key VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(128) NOT NULL,
    node_id     VARCHAR(64)  NOT NULL,
    agents      TEXT
);
CREATE INDEX live_sessions_user ON live_sessions (user_id);
CREATE INDEX live_sessions_node ON live_sessions (node_id);

CREATE TABLE signal_journal (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload      TEXT        NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX signal_journal_published ON signal_journal (published_at);

-- Parley's stores. One script for SQLite and PostgreSQL: the only difference, the auto-numbered message
-- position, is the placeholder ${position_column}. Times are epoch milliseconds; ids are the domain's opaque ids.

CREATE TABLE users (
    id            VARCHAR(128) NOT NULL PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    username_key  VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(1024) NOT NULL,
    created_at    BIGINT       NOT NULL
);
CREATE UNIQUE INDEX users_username_key ON users (username_key);

-- Each recipient's last seq; its row is locked by the append that numbers the next message.
CREATE TABLE mailbox_counters (
    user_id  VARCHAR(128) NOT NULL PRIMARY KEY REFERENCES users (id),
    last_seq BIGINT       NOT NULL
);

CREATE TABLE friend_requests (
    from_id    VARCHAR(128) NOT NULL REFERENCES users (id),
    to_id      VARCHAR(128) NOT NULL REFERENCES users (id),
    created_at BIGINT       NOT NULL,
    PRIMARY KEY (from_id, to_id)
);
CREATE INDEX friend_requests_to ON friend_requests (to_id);

-- The pair is unordered: low_id/high_id make it unique, one_id/other_id keep the order it was given in.
CREATE TABLE friendships (
    low_id     VARCHAR(128) NOT NULL REFERENCES users (id),
    high_id    VARCHAR(128) NOT NULL REFERENCES users (id),
    one_id     VARCHAR(128) NOT NULL,
    other_id   VARCHAR(128) NOT NULL,
    since      BIGINT       NOT NULL,
    PRIMARY KEY (low_id, high_id)
);
CREATE INDEX friendships_high ON friendships (high_id);

CREATE TABLE agents (
    owner_id    VARCHAR(128)  NOT NULL REFERENCES users (id),
    name        VARCHAR(64)   NOT NULL,
    description VARCHAR(4000) NOT NULL,
    agent_type  VARCHAR(256)  NOT NULL,
    PRIMARY KEY (owner_id, name)
);

CREATE TABLE agent_capabilities (
    owner_id   VARCHAR(128) NOT NULL,
    agent_name VARCHAR(64)  NOT NULL,
    position   INTEGER      NOT NULL,
    capability VARCHAR(256) NOT NULL,
    PRIMARY KEY (owner_id, agent_name, position),
    FOREIGN KEY (owner_id, agent_name) REFERENCES agents (owner_id, name) ON DELETE CASCADE
);

-- position: global store order (history and its cursor); seq: the recipient's cursor, gap-free.
CREATE TABLE messages (
    position           ${position_column},
    id                 VARCHAR(128) NOT NULL,
    recipient_id       VARCHAR(128) NOT NULL REFERENCES users (id),
    seq                BIGINT       NOT NULL,
    conversation_id    VARCHAR(128) NOT NULL,
    in_reply_to        VARCHAR(128),
    message_type       VARCHAR(32)  NOT NULL,
    sender_id          VARCHAR(128) NOT NULL REFERENCES users (id),
    sender_username    VARCHAR(32)  NOT NULL,
    sender_agent       VARCHAR(64),
    recipient_username VARCHAR(32)  NOT NULL,
    recipient_agent    VARCHAR(64),
    content            TEXT         NOT NULL,
    created_at         BIGINT       NOT NULL,
    idempotency_key    VARCHAR(128),
    pending            BOOLEAN      NOT NULL
);
CREATE UNIQUE INDEX messages_id ON messages (id);
CREATE UNIQUE INDEX messages_recipient_seq ON messages (recipient_id, seq);
CREATE UNIQUE INDEX messages_sender_key ON messages (sender_id, idempotency_key);
CREATE INDEX messages_pending ON messages (recipient_id, seq) WHERE pending;
CREATE INDEX messages_sender_position ON messages (sender_id, position);
CREATE INDEX messages_recipient_position ON messages (recipient_id, position);
CREATE INDEX messages_conversation ON messages (conversation_id);

-- Open logins; revoking deletes the row.
CREATE TABLE login_sessions (
    id                 VARCHAR(128) NOT NULL PRIMARY KEY,
    user_id            VARCHAR(128) NOT NULL REFERENCES users (id),
    refresh_token_hash VARCHAR(256) NOT NULL,
    refresh_expires_at BIGINT       NOT NULL
);
CREATE UNIQUE INDEX login_sessions_hash ON login_sessions (refresh_token_hash);

package dev.parley.adapter.jdbc;

import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Friendships;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Pending requests in {@code friend_requests}; friendships in {@code friendships}, keyed by the ordered pair of ids.
 * Whether two users are friends is asked on every send: answered from a {@link ReadCache} where that is safe.
 */
final class JdbcFriendships implements Friendships {
    private final Database database;
    private final ReadCache<Pair, Friendship> pairs;

    JdbcFriendships(Database database) {
        this.database = database;
        this.pairs = ReadCache.on(database);
    }

    @Override
    public boolean addRequest(FriendRequest request) {
        return database.write(handle -> handle.createUpdate("""
                        INSERT INTO friend_requests (from_id, to_id, created_at) VALUES (:from, :to, :createdAt)
                        ON CONFLICT DO NOTHING""")
                .bind("from", request.from().value())
                .bind("to", request.to().value())
                .bind("createdAt", request.createdAt().toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public Optional<FriendRequest> request(UserId from, UserId to) {
        return database.read(handle -> handle.createQuery(
                        "SELECT from_id, to_id, created_at FROM friend_requests WHERE from_id = :from AND to_id = :to")
                .bind("from", from.value())
                .bind("to", to.value())
                .map((rs, ctx) -> request(rs))
                .findOne());
    }

    @Override
    public boolean removeRequest(UserId from, UserId to) {
        return database.write(handle -> deleteRequest(handle, from, to)) == 1;
    }

    @Override
    public boolean befriend(Friendship friendship) {
        Pair pair = Pair.of(friendship.one(), friendship.other());
        try {
            return insert(friendship, pair);
        } finally {
            pairs.invalidate(pair);
        }
    }

    private boolean insert(Friendship friendship, Pair pair) {
        return database.write(handle -> {
            int added = handle.createUpdate("""
                            INSERT INTO friendships (low_id, high_id, one_id, other_id, since)
                            VALUES (:low, :high, :one, :other, :since)
                            ON CONFLICT DO NOTHING""")
                    .bindMap(pair.parameters())
                    .bind("one", friendship.one().value())
                    .bind("other", friendship.other().value())
                    .bind("since", friendship.since().toEpochMilli())
                    .execute();
            if (added == 1) {
                deleteRequest(handle, friendship.one(), friendship.other());
                deleteRequest(handle, friendship.other(), friendship.one());
            }
            return added == 1;
        });
    }

    @Override
    public Optional<Friendship> between(UserId one, UserId other) {
        if (one.equals(other)) {
            return Optional.empty();
        }
        return pairs.get(Pair.of(one, other), pair -> database.read(handle -> handle.createQuery(
                        "SELECT one_id, other_id, since FROM friendships WHERE low_id = :low AND high_id = :high")
                .bindMap(pair.parameters())
                .map((rs, ctx) -> friendship(rs))
                .findOne()));
    }

    @Override
    public List<Friendship> friendshipsOf(UserId user) {
        return database.read(handle -> handle.createQuery("""
                        SELECT one_id, other_id, since FROM friendships WHERE low_id = :user OR high_id = :user
                        ORDER BY since, low_id, high_id""")
                .bind("user", user.value())
                .map((rs, ctx) -> friendship(rs))
                .list());
    }

    @Override
    public List<FriendRequest> requestsTo(UserId user) {
        return requests("to_id", user);
    }

    @Override
    public List<FriendRequest> requestsFrom(UserId user) {
        return requests("from_id", user);
    }

    @Override
    public boolean unfriend(UserId one, UserId other) {
        if (one.equals(other)) {
            return false;
        }
        Pair pair = Pair.of(one, other);
        try {
            return database.write(handle -> handle.createUpdate("DELETE FROM friendships WHERE low_id = :low AND high_id = :high")
                    .bindMap(pair.parameters())
                    .execute()) == 1;
        } finally {
            pairs.invalidate(pair);
        }
    }

    /** Oldest first; {@code column} is one of this class's constants, never input. */
    private List<FriendRequest> requests(String column, UserId user) {
        return database.read(handle -> handle.createQuery("SELECT from_id, to_id, created_at FROM friend_requests WHERE "
                        + column + " = :user ORDER BY created_at, from_id, to_id")
                .bind("user", user.value())
                .map((rs, ctx) -> request(rs))
                .list());
    }

    private static int deleteRequest(Handle handle, UserId from, UserId to) {
        return handle.createUpdate("DELETE FROM friend_requests WHERE from_id = :from AND to_id = :to")
                .bind("from", from.value())
                .bind("to", to.value())
                .execute();
    }

    private static FriendRequest request(ResultSet rs) throws SQLException {
        return new FriendRequest(new UserId(rs.getString("from_id")), new UserId(rs.getString("to_id")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static Friendship friendship(ResultSet rs) throws SQLException {
        return new Friendship(new UserId(rs.getString("one_id")), new UserId(rs.getString("other_id")),
                Instant.ofEpochMilli(rs.getLong("since")));
    }
}

package dev.parley.adapter.jdbc;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import dev.parley.ports.out.Users;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Accounts in {@code users}; the unique index on the case-folded {@code username_key} settles racing sign-ups.
 * A user's id, name and creation time never change and no account is deleted, so users found by id are kept in a
 * bounded cache (every send looks up both ends); an id not found is not remembered, since another node may add it.
 */
final class JdbcUsers implements Users {
    static final int CACHED_USERS = 100_000;
    private static final String COLUMNS = "id, username, password_hash, created_at";

    private final Database database;
    private final Cache<UserId, User> byId;

    JdbcUsers(Database database) {
        this.database = database;
        this.byId = Caffeine.newBuilder().maximumSize(CACHED_USERS).executor(Runnable::run).build();
    }

    @Override
    public boolean add(UserAccount account) {
        User user = account.user();
        return database.write(handle -> handle.createUpdate("""
                        INSERT INTO users (id, username, username_key, password_hash, created_at)
                        VALUES (:id, :username, :key, :hash, :createdAt)
                        ON CONFLICT DO NOTHING""")
                .bind("id", user.id().value())
                .bind("username", user.username().value())
                .bind("key", user.username().key())
                .bind("hash", account.passwordHash().encoded())
                .bind("createdAt", user.createdAt().toEpochMilli())
                .execute()) == 1;
    }

    @Override
    public Optional<UserAccount> byUsername(Username username) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE username_key = :key")
                .bind("key", username.key())
                .map((rs, ctx) -> new UserAccount(user(rs), new PasswordHash(rs.getString("password_hash"))))
                .findOne());
    }

    @Override
    public Optional<User> byId(UserId id) {
        Optional<User> cached = Optional.ofNullable(byId.getIfPresent(id));
        if (cached.isPresent()) {
            return cached;
        }
        Optional<User> found = read(id);
        found.ifPresent(user -> byId.put(id, user));
        return found;
    }

    private Optional<User> read(UserId id) {
        return database.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE id = :id")
                .bind("id", id.value())
                .map((rs, ctx) -> user(rs))
                .findOne());
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(new UserId(rs.getString("id")), new Username(rs.getString("username")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}

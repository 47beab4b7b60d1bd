package dev.parley.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;

/** Makes the users of a run through the public API: accounts with one agent each, and friend pairs. */
final class Population {
    static final String AGENT = "a";
    private static final String PASSWORD = "bench-password";
    private static final int AT_ONCE = 16;

    private final Api api;

    Population(Api api) {
        this.api = api;
    }

    /** A logged-in user. */
    record Account(String name, String id, String token) {
    }

    /** Two friends: {@code sender} writes to {@code recipient}'s agent. */
    record Pair(int index, Account sender, Account recipient) {
    }

    List<Pair> pairs(String prefix, int count) {
        return inBatches(count, index -> account(prefix + "s" + index)
                .thenCombine(account(prefix + "r" + index), (sender, recipient) -> new Pair(index, sender, recipient))
                .thenCompose(pair -> befriend(pair).thenApply(done -> pair)));
    }

    List<Account> accounts(String prefix, int count) {
        return inBatches(count, index -> account(prefix + "u" + index));
    }

    private CompletableFuture<Account> account(String name) {
        String credentials = "{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}";
        return api.postRetrying("signup", Optional.empty(), credentials)
                .thenCompose(user -> api.postRetrying("login", Optional.empty(), credentials))
                .thenCompose(login -> {
                    Account account = new Account(name, text(login, "user_id"), text(login, "token"));
                    return api.postRetrying("agents", Optional.of(account.token()),
                                    "{\"name\":\"" + AGENT + "\",\"description\":\"load generator\",\"type\":\"assistant\"}")
                            .thenApply(agent -> account);
                });
    }

    private CompletableFuture<JsonNode> befriend(Pair pair) {
        return api.postRetrying("friend_request/" + pair.recipient().name(), Optional.of(pair.sender().token()), "")
                .thenCompose(asked -> api.postRetrying("accept_friend_request/" + pair.sender().name(),
                        Optional.of(pair.recipient().token()), ""));
    }

    private static <T> List<T> inBatches(int count, IntFunction<CompletableFuture<T>> make) {
        List<T> made = new ArrayList<>(count);
        for (int start = 0; start < count; start += AT_ONCE) {
            List<CompletableFuture<T>> batch = new ArrayList<>();
            for (int index = start; index < Math.min(count, start + AT_ONCE); index++) {
                batch.add(make.apply(index));
            }
            batch.forEach(future -> made.add(future.join()));
        }
        return made;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("the answer has no " + field + ": " + node);
        }
        return value.textValue();
    }
}

package dev.parley.adapter.inmemory.store;

import dev.parley.ports.model.FriendRequest;
import dev.parley.ports.model.Friendship;
import dev.parley.ports.model.UserId;
import dev.parley.ports.out.Friendships;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** Pending requests keyed by (from, to) and friendships keyed by the unordered pair, under one lock. */
public final class InMemoryFriendships implements Friendships {
    private record Direction(UserId from, UserId to) {
    }

    private final Map<Direction, FriendRequest> requests = new LinkedHashMap<>();
    private final Map<Set<UserId>, Friendship> friendships = new LinkedHashMap<>();

    @Override
    public synchronized boolean addRequest(FriendRequest request) {
        return requests.putIfAbsent(new Direction(request.from(), request.to()), request) == null;
    }

    @Override
    public synchronized Optional<FriendRequest> request(UserId from, UserId to) {
        return Optional.ofNullable(requests.get(new Direction(from, to)));
    }

    @Override
    public synchronized boolean removeRequest(UserId from, UserId to) {
        return requests.remove(new Direction(from, to)) != null;
    }

    @Override
    public synchronized boolean befriend(Friendship friendship) {
        Set<UserId> pair = Set.of(friendship.one(), friendship.other());
        if (friendships.containsKey(pair)) {
            return false;
        }
        friendships.put(pair, friendship);
        requests.remove(new Direction(friendship.one(), friendship.other()));
        requests.remove(new Direction(friendship.other(), friendship.one()));
        return true;
    }

    @Override
    public synchronized Optional<Friendship> between(UserId one, UserId other) {
        if (one.equals(other)) {
            return Optional.empty();
        }
        return Optional.ofNullable(friendships.get(Set.of(one, other)));
    }

    @Override
    public synchronized List<Friendship> friendshipsOf(UserId user) {
        return friendships.values().stream().filter(friendship -> friendship.involves(user)).toList();
    }

    @Override
    public synchronized List<FriendRequest> requestsTo(UserId user) {
        return oldestFirst(request -> request.to().equals(user));
    }

    @Override
    public synchronized List<FriendRequest> requestsFrom(UserId user) {
        return oldestFirst(request -> request.from().equals(user));
    }

    @Override
    public synchronized boolean unfriend(UserId one, UserId other) {
        return !one.equals(other) && friendships.remove(Set.of(one, other)) != null;
    }

    private List<FriendRequest> oldestFirst(Predicate<FriendRequest> filter) {
        return requests.values().stream()
                .filter(filter)
                .sorted(Comparator.comparing(FriendRequest::createdAt))
                .toList();
    }
}

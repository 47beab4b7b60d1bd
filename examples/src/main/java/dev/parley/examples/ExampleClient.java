package dev.parley.examples;

import dev.parley.ports.client.MessageStream;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.StreamListener;
import dev.parley.ports.model.AgentListing;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.Friend;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.Seq;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The prototype's example client on the client port: log in (signing up if needed), ask someone to be friends,
 * accept who asked you, list friends and their agents, say hello to each friend's first agent and print what
 * arrives for a few seconds. {@code ExampleClient [server] [username] [password] [friend to ask]}, by default
 * {@code ws://localhost:8080 alice password123 charlie} (the {@code --demo} users).
 */
public final class ExampleClient {
    private static final Logger LOG = LoggerFactory.getLogger(ExampleClient.class);

    private ExampleClient() {
    }

    public static void main(String[] args) throws InterruptedException {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        URI server = URI.create(argument(args, 0, "ws://localhost:8080"));
        String name = argument(args, 1, "alice");
        try (ParleyClient client = Accounts.loggedIn(server, name, argument(args, 2, Accounts.DEMO_PASSWORD))) {
            LOG.info("Logged in to {} as {}", server, client.me().join().username());
            makeFriends(client, new Username(argument(args, 3, "charlie")));
            List<Friend> friends = client.friends().join();
            friends.forEach(friend -> listAgents(client, friend));
            CountDownLatch answered = new CountDownLatch(1);
            AtomicLong highest = new AtomicLong();
            MessageStream stream = client.connect(AgentSelection.all(), printer(answered, highest)).join();
            friends.forEach(friend -> greet(client, friend, name));
            answered.await(3, TimeUnit.SECONDS);
            if (highest.get() > 0) {
                stream.acknowledge(new Seq(highest.get())).join();
            }
            stream.close();
            client.logOut().join();
            LOG.info("Logged out");
        }
    }

    private static void makeFriends(ParleyClient client, Username friend) {
        client.sendFriendRequest(friend).handle((status, failure) -> {
            LOG.info("Friend request to {}: {}", friend, failure == null ? status.wireName() : failure.getCause().getMessage());
            return status;
        }).join();
        for (User asking : client.friendRequests().join().incoming()) {
            client.acceptFriendRequest(asking.username()).join();
            LOG.info("Accepted the friend request of {}", asking.username());
        }
    }

    private static void listAgents(ParleyClient client, Friend friend) {
        List<AgentListing> agents = client.agentsOf(friend.user().id()).join();
        LOG.info("Friend {} ({}) has agents {}", friend.user().username(), friend.online() ? "online" : "offline",
                agents.stream().map(listing -> listing.agent().name() + (listing.online() ? "*" : "")).toList());
    }

    private static void greet(ParleyClient client, Friend friend, String name) {
        client.agentsOf(friend.user().id()).join().stream().findFirst().ifPresent(listing -> {
            Message sent = client.sendText(friend.user().id(), listing.agent().name(), "Hello from " + name + "!").join();
            LOG.info("Sent #{} to {}/{}", sent.seq(), friend.user().username(), listing.agent().name());
        });
    }

    /** Prints what arrives and notes the highest seq to acknowledge; the first message counts down {@code answered}. */
    private static StreamListener printer(CountDownLatch answered, AtomicLong highest) {
        return new StreamListener() {
            @Override
            public void onMessage(Message message) {
                LOG.info("Received {} from {}: {}", message.type(), message.senderUsername(), message.content().json());
                highest.accumulateAndGet(message.seq().value(), Math::max);
                answered.countDown();
            }

            @Override
            public void onFriendRequest(User from) {
                LOG.info("{} asks to be friends", from.username());
            }

            @Override
            public void onPresence(UserId user, boolean online) {
                LOG.info("Friend {} is now {}", user, online ? "online" : "offline");
            }
        };
    }

    private static String argument(String[] args, int index, String otherwise) {
        return args.length > index ? args[index] : otherwise;
    }
}

package dev.parley.adapter.inmemory;

import dev.parley.domain.DomainSettings;
import dev.parley.domain.Parley;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

/**
 * A Parley server in a test's own JVM: the real domain on in-memory stores, reached through the client port with
 * no socket in between. Agent programs talk through it exactly as through a server (same rules, errors, order,
 * acks and redelivery), and the test controls what a network would not let it: the thread listeners run on, users
 * dropping off, and lost, duplicated or late deliveries.
 */
public final class InMemoryNetwork {
    private final Parley parley;
    private final Connections connections;

    private InMemoryNetwork(Builder builder) {
        this.parley = Parley.create(InMemoryOutbound.create(builder.clock), builder.settings);
        this.connections = new Connections(builder.deliveryExecutor);
    }

    /** A network on the system clock whose listeners run synchronously on the thread that caused the delivery. */
    public static InMemoryNetwork create() {
        return builder().build();
    }

    /**
     * The network this JVM knows by that name, created as by {@link #create()} on first use: what the URI
     * {@code mem:<name>} reaches through {@link dev.parley.ports.client.ParleyClients}.
     */
    public static InMemoryNetwork named(String name) {
        return NamedNetworks.get(name);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A fresh, logged-out client of this network. */
    public ParleyClient newClient() {
        return new InMemoryClient(parley, connections);
    }

    /** A client logged in as a newly signed-up user of that name (with a random password): the shortest test setup. */
    public ParleyClient newUser(String username) {
        String password = UUID.randomUUID().toString();
        ParleyClient client = newClient();
        client.signUp(new Username(username), new Password(password)).join();
        client.logIn(username, password).join();
        return client;
    }

    /** Drops the user's connection: their streams end with {@code StreamClosed(1006)} and connect fails until {@link #bringOnline}. */
    public void takeOffline(Username username) {
        connections.takeOffline(username);
    }

    public void takeOffline(String username) {
        takeOffline(new Username(username));
    }

    /** Lets the user connect again; what was sent to them meanwhile arrives when they do. */
    public void bringOnline(Username username) {
        connections.bringOnline(username);
    }

    public void bringOnline(String username) {
        bringOnline(new Username(username));
    }

    /** The faults to inject into message deliveries to the user's streams. */
    public DeliveryFaults faults(Username username) {
        return connections.faults(username);
    }

    public DeliveryFaults faults(String username) {
        return faults(new Username(username));
    }

    /** Releases the delayed deliveries of every user; answers how many. */
    public int releaseDelayed() {
        return connections.releaseDelayed();
    }

    /** What listeners threw, oldest first: the network logs it and goes on delivering, as a server would. */
    public List<RuntimeException> listenerFailures() {
        return connections.listenerFailures();
    }

    /** Configures a network: its clock, the executor its listeners run on, the domain's settings. */
    public static final class Builder {
        private Clock clock = Clock.systemUTC();
        private Executor deliveryExecutor = Runnable::run;
        private DomainSettings settings = DomainSettings.defaults();

        private Builder() {
        }

        /** The clock of the domain: message times, token expiry. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Where listener callbacks run; by default on the thread that caused the delivery, before its call returns.
         * Then messages pending at connect reach the listener before {@code connect} returns: a listener that acks
         * through its stream should get them on an executor the test steps, such as {@link ManualExecutor}.
         */
        public Builder deliveryExecutor(Executor value) {
            deliveryExecutor = Objects.requireNonNull(value, "deliveryExecutor");
            return this;
        }

        /** Builds the network and makes it the one {@code mem:<name>} reaches, replacing any of that name. */
        public InMemoryNetwork buildNamed(String name) {
            InMemoryNetwork network = build();
            NamedNetworks.put(name, network);
            return network;
        }

        /** Token lifetimes; {@link DomainSettings#defaults()} unless set. */
        public Builder settings(DomainSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public InMemoryNetwork build() {
            return new InMemoryNetwork(this);
        }
    }
}

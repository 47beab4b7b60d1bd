package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.adapter.inmemory.ManualExecutor;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyClients;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemUriTest {
    private final String name = "net-" + UUID.randomUUID();

    @Test
    void clientsOfOneMemUriShareTheirNetwork() {
        ParleyClient first = ParleyClients.create("mem:" + name);
        first.signUp(new Username("carol"), new Password("carol-password")).join();

        ParleyClient second = ParleyClients.create("mem:" + name);

        assertThat(second.logIn("carol", "carol-password").join().username().value()).isEqualTo("carol");
        assertThat(InMemoryNetwork.named(name).newClient().logIn("carol", "carol-password")).isCompleted();
    }

    @Test
    void differentNamesAreDifferentNetworks() {
        ParleyClients.create("mem:" + name).signUp(new Username("dora"), new Password("dora-password")).join();

        assertThat(ParleyClients.create("mem:other-" + name).logIn("dora", "dora-password")).isCompletedExceptionally();
    }

    @Test
    void aNetworkBuiltUnderANameIsTheOneItsUriReaches() {
        ManualExecutor executor = new ManualExecutor();
        InMemoryNetwork built = InMemoryNetwork.builder().deliveryExecutor(executor).buildNamed(name);

        assertThat(InMemoryNetwork.named(name)).isSameAs(built);
        assertThatThrownBy(() -> InMemoryNetwork.named("no spaces")).isInstanceOf(IllegalArgumentException.class);
    }
}

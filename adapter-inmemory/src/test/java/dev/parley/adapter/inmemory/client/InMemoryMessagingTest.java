package dev.parley.adapter.inmemory.client;

import dev.parley.adapter.inmemory.InMemoryNetwork;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.contract.MessagingClientContract;

class InMemoryMessagingTest extends MessagingClientContract {
    private final InMemoryNetwork network = InMemoryNetwork.create();

    @Override
    protected ParleyClient newClient() {
        return network.newClient();
    }
}

package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.ports.model.AgentName;
import dev.parley.ports.model.AgentSelection;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerAddressTest {
    @Test
    void oneUriInEitherSchemeGivesTheRestBaseAndTheSocket() {
        ServerAddress plain = ServerAddress.of(URI.create("ws://localhost:8080"));
        ServerAddress secure = ServerAddress.of(URI.create("https://parley.example.org/api/"));

        assertThat(plain.rest("friends")).isEqualTo(URI.create("http://localhost:8080/friends"));
        assertThat(plain.socket(AgentSelection.all())).isEqualTo(URI.create("ws://localhost:8080/ws"));
        assertThat(secure.rest("me")).isEqualTo(URI.create("https://parley.example.org/api/me"));
        assertThat(secure.socket(AgentSelection.only(Set.of(new AgentName("b"), new AgentName("a")))))
                .isEqualTo(URI.create("wss://parley.example.org/api/ws?agents=a,b"));
    }

    @Test
    void onlyServerUrisWithAHostAreServed() {
        assertThat(ServerAddress.serves(URI.create("WSS://host"))).isTrue();
        assertThat(ServerAddress.serves(URI.create("mem:demo"))).isFalse();
        assertThat(ServerAddress.serves(URI.create("ftp://host"))).isFalse();
        assertThatThrownBy(() -> ServerAddress.of(URI.create("mem:demo"))).isInstanceOf(IllegalArgumentException.class);
    }
}

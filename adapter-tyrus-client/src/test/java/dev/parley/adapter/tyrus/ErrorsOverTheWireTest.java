package dev.parley.adapter.tyrus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.Failures;
import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.client.ParleyTransportException;
import dev.parley.ports.client.contract.Futures;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Username;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refusals and failures as a real server and a real network produce them, beyond the contract suites. */
class ErrorsOverTheWireTest {
    @RegisterExtension
    static final LiveServer SERVER = LiveServer.standard();

    @Test
    void aPathTheServerDoesNotHaveIsAnInvalidRequestNamingItsCode() {
        ParleyClient lost = TyrusParleyClient.create(URI.create(SERVER.uri() + "/v9"), LiveServer.testSettings());

        Throwable refused = Futures.refusal(lost.signUp(new Username("nobody"), new Password("password-1")));

        assertThat(Failures.code(refused)).contains(ErrorCode.INVALID_REQUEST);
        assertThat(refused.getMessage()).startsWith("not_found: ");
        lost.close();
    }

    @Test
    void aServerNobodyRunsIsATransportFailure() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0)) {
            freePort = probe.getLocalPort();
        }
        ParleyClient nowhere = TyrusParleyClient.create(URI.create("ws://127.0.0.1:" + freePort), LiveServer.testSettings());

        CompletableFuture<?> call = nowhere.logIn("nobody", "password-1");

        assertThat(call).failsWithin(Duration.ofSeconds(10)).withThrowableThat()
                .havingCause().isInstanceOf(ParleyTransportException.class).withMessageContaining("POST");
        nowhere.close();
    }
}

package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.server.limits.Limits;
import dev.parley.domain.DomainSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What the command line's flags become in the server's configuration. */
class ParleyMainOptionsTest {
    @Test
    void withoutFlagsTheLimitsAreTheDefaultsAndThereIsNoTls() {
        ServerConfig config = parsed();

        assertThat(config.server().limits()).isEqualTo(Limits.defaults());
        assertThat(config.domain().maxPendingPerAgent()).isEqualTo(DomainSettings.MAX_PENDING_PER_AGENT);
        assertThat(config.server().tls()).isEmpty();
        assertThat(config.database()).isEqualTo(ServerConfig.DEFAULT_DATABASE);
    }

    @Test
    void everyLimitHasItsFlag() {
        ServerConfig config = parsed("--rate-messages-per-minute", "120", "--rate-failed-logins-per-minute", "5",
                "--rate-failed-logins-per-address-per-minute", "50", "--max-sessions-per-user", "4", "--max-pending-per-agent", "0");

        assertThat(config.server().limits()).isEqualTo(new Limits(120, 5, 50, 4));
        assertThat(config.domain().maxPendingPerAgent()).isZero();
    }

    @Test
    void aKeystoreWithItsPasswordTurnsTlsOn() {
        ServerConfig config = parsed("--tls-keystore", "server.p12", "--tls-password", "secret");

        assertThat(config.server().tls()).hasValueSatisfying(tls -> {
            assertThat(tls.keystore()).isEqualTo(Path.of("server.p12"));
            assertThat(tls.password()).isEqualTo("secret");
        });
        assertThat(config.server().scheme()).isEqualTo("https");
    }

    @Test
    void aPasswordWithoutAKeystoreIsAMistake() {
        assertThatThrownBy(() -> parsed("--tls-password", "secret")).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--tls-keystore");
    }

    private static ServerConfig parsed(String... arguments) {
        ParleyMain main = new ParleyMain();
        new CommandLine(main).parseArgs(arguments);
        return main.config();
    }
}

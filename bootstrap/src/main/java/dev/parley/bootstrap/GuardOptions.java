package dev.parley.bootstrap;

import dev.parley.adapter.server.TlsSettings;
import dev.parley.adapter.server.limits.Limits;
import dev.parley.domain.DomainSettings;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code parley} flags that guard the server: rate and size limits, and TLS. A picocli mixin of {@link ParleyMain}. */
final class GuardOptions {
    @Option(names = "--rate-messages-per-minute", paramLabel = "N", defaultValue = "" + Limits.MESSAGES_PER_MINUTE,
            description = "Messages one user may send a minute, REST and WebSocket together, in bursts of up to N; 0 for no limit "
                    + "(default: ${DEFAULT-VALUE}).")
    int messagesPerMinute;

    @Option(names = "--rate-failed-logins-per-minute", paramLabel = "N", defaultValue = "" + Limits.FAILED_LOGINS_PER_USERNAME_PER_MINUTE,
            description = "Failed logins a username may have a minute before its logins are refused for a while; successful "
                    + "logins never count; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int failedLoginsPerUsername;

    @Option(names = "--rate-failed-logins-per-address-per-minute", paramLabel = "N",
            defaultValue = "" + Limits.FAILED_LOGINS_PER_ADDRESS_PER_MINUTE,
            description = "Failed logins one client address may have a minute, whatever the usernames; 0 for no limit "
                    + "(default: ${DEFAULT-VALUE}).")
    int failedLoginsPerAddress;

    @Option(names = "--max-sessions-per-user", paramLabel = "N", defaultValue = "" + Limits.SESSIONS_PER_USER,
            description = "Open WebSocket sessions one user may hold; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int sessionsPerUser;

    @Option(names = "--max-pending-per-agent", paramLabel = "N", defaultValue = "" + DomainSettings.MAX_PENDING_PER_AGENT,
            description = "Unacknowledged messages one recipient agent may hold before senders get 429; 0 for no limit "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxPendingPerAgent;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "PKCS#12 (or JKS) keystore with the server's key and certificate: serve HTTPS and WSS instead of HTTP and WS.")
    Path tlsKeystore;

    @Option(names = "--tls-password", paramLabel = "PASSWORD", defaultValue = "${env:PARLEY_TLS_PASSWORD}",
            description = "Password of the keystore and its key; prefer the PARLEY_TLS_PASSWORD environment variable, "
                    + "which other users of the machine cannot read off the command line.")
    String tlsPassword;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Limits limits() {
        return new Limits(messagesPerMinute, failedLoginsPerUsername, failedLoginsPerAddress, sessionsPerUser);
    }

    int maxPendingPerAgent() {
        return maxPendingPerAgent;
    }

    /** The TLS settings when a keystore is given; a keystore without a password, or the other way round, is a mistake. */
    Optional<TlsSettings> tls() {
        if (tlsKeystore == null) {
            if (command.commandLine().getParseResult().hasMatchedOption("--tls-password")) {
                throw new ParameterException(command.commandLine(), "--tls-password needs --tls-keystore");
            }
            return Optional.empty();
        }
        if (tlsPassword == null) {
            throw new ParameterException(command.commandLine(), "--tls-keystore needs --tls-password (or PARLEY_TLS_PASSWORD)");
        }
        return Optional.of(new TlsSettings(tlsKeystore, tlsPassword));
    }
}

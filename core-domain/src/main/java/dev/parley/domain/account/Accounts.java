package dev.parley.domain.account;

import dev.parley.ports.out.AccessTokens;
import dev.parley.ports.out.IdGenerator;
import dev.parley.ports.out.LiveSignals;
import dev.parley.ports.out.LoginSessions;
import dev.parley.ports.out.PasswordHasher;
import dev.parley.ports.out.Users;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/** The account services wired together, sharing one token issuer. */
public record Accounts(SignUpService signUp, LogInService logIn, LoginSessionService sessions) {
    public Accounts {
        Objects.requireNonNull(signUp, "signUp");
        Objects.requireNonNull(logIn, "logIn");
        Objects.requireNonNull(sessions, "sessions");
    }

    /** The outbound ports the account services use. */
    public record Ports(Users users, LoginSessions loginSessions, PasswordHasher hasher, AccessTokens accessTokens,
            IdGenerator ids, LiveSignals signals, Clock clock) {
        public Ports {
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(loginSessions, "loginSessions");
            Objects.requireNonNull(hasher, "hasher");
            Objects.requireNonNull(accessTokens, "accessTokens");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(signals, "signals");
            Objects.requireNonNull(clock, "clock");
        }
    }

    public static Accounts create(Ports ports, Duration accessLifetime, Duration refreshLifetime) {
        TokenIssuer issuer = new TokenIssuer(ports.loginSessions(), ports.accessTokens(), ports.ids(),
                accessLifetime, refreshLifetime);
        return new Accounts(
                new SignUpService(ports.users(), ports.hasher(), ports.ids(), ports.clock()),
                new LogInService(ports.users(), ports.hasher(), issuer, ports.clock()),
                new LoginSessionService(ports.users(), ports.loginSessions(), ports.accessTokens(), issuer,
                        ports.signals(), ports.clock()));
    }
}

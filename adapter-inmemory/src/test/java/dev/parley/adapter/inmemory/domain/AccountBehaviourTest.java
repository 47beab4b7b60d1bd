package dev.parley.adapter.inmemory.domain;

import static dev.parley.adapter.inmemory.domain.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.domain.DomainFixture.Connection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.LoginTokens;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.Principal;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.time.Duration;
import java.time.Instant;
import dev.parley.ports.model.AgentSelection;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AccountBehaviourTest {
    private final DomainFixture fx = new DomainFixture();

    private LoginTokens logIn(String username, String password) {
        return fx.parley.logIn().logIn(username, password);
    }

    @Test
    void signingUpCreatesAUserFoundByIdAndByNameInAnyCase() {
        User alice = fx.signUp("Alice");
        assertThat(alice.createdAt()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(fx.parley.findUser(alice.id())).contains(alice);
        assertThat(fx.parley.findUser(new Username("aLICE"))).contains(alice);
    }

    @Test
    void aUsernameTakenInAnotherCaseIsRefused() {
        fx.signUp("Alice");
        assertRefused(() -> fx.parley.signUp().signUp(new Username("alice"), new Password("another password")),
                ErrorCode.USERNAME_TAKEN);
    }

    @Test
    void logInAcceptsTheUsernameInAnyCase() {
        User alice = fx.signUp("Alice");
        LoginTokens tokens = logIn("ALICE", DomainFixture.PASSWORD);
        assertThat(tokens.user()).isEqualTo(alice);
        assertThat(tokens.expiresAt()).isEqualTo(Instant.parse("2026-03-01T11:00:00.123Z"));
    }

    @Test
    void anUnknownUserAWrongPasswordAndAMalformedNameGetTheSameAnswer() {
        fx.signUp("alice");
        ParleyException unknown = refusal(() -> logIn("bob", DomainFixture.PASSWORD));
        ParleyException wrong = refusal(() -> logIn("alice", "wrong password"));
        ParleyException malformed = refusal(() -> logIn("a b", "x"));
        assertThat(unknown.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(wrong.code()).isEqualTo(unknown.code());
        assertThat(wrong.detail()).isEqualTo(unknown.detail());
        assertThat(malformed.code()).isEqualTo(unknown.code());
        assertThat(malformed.detail()).isEqualTo(unknown.detail());
    }

    @Test
    void anAccessTokenSpeaksForItsLoginUntilItExpires() {
        User alice = fx.signUp("alice");
        LoginTokens tokens = logIn("alice", DomainFixture.PASSWORD);
        Principal principal = fx.parley.authenticate().authenticate(tokens.accessToken());
        assertThat(principal.userId()).isEqualTo(alice.id());
        assertThat(principal.username()).isEqualTo(alice.username());
        fx.clock.advance(Duration.ofHours(1));
        assertRefused(() -> fx.parley.authenticate().authenticate(tokens.accessToken()), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void aMadeUpAccessTokenIsUnauthorized() {
        assertRefused(() -> fx.parley.authenticate().authenticate("not-a-token"), ErrorCode.UNAUTHORIZED);
        assertRefused(() -> fx.parley.authenticate().authenticate(""), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void refreshingRotatesTheRefreshTokenWithinTheSameLogin() {
        fx.signUp("alice");
        LoginTokens first = logIn("alice", DomainFixture.PASSWORD);
        fx.clock.advance(Duration.ofMinutes(5));
        LoginTokens second = fx.parley.refreshTokens().refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.expiresAt()).isEqualTo(first.expiresAt().plus(Duration.ofMinutes(5)));
        assertThat(fx.parley.authenticate().authenticate(second.accessToken()).sessionId())
                .isEqualTo(fx.parley.authenticate().authenticate(first.accessToken()).sessionId());
        assertRefused(() -> fx.parley.refreshTokens().refresh(first.refreshToken()), ErrorCode.UNAUTHORIZED);
        assertThat(fx.parley.refreshTokens().refresh(second.refreshToken()).user()).isEqualTo(second.user());
    }

    @Test
    void anExpiredOrUnknownRefreshTokenIsUnauthorized() {
        fx.signUp("alice");
        LoginTokens tokens = logIn("alice", DomainFixture.PASSWORD);
        assertRefused(() -> fx.parley.refreshTokens().refresh("made-up"), ErrorCode.UNAUTHORIZED);
        fx.clock.advance(Duration.ofDays(30));
        assertRefused(() -> fx.parley.refreshTokens().refresh(tokens.refreshToken()), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void loggingOutRevokesBothTokensAndClosesTheLiveSessionsOfThatLogin() {
        User alice = fx.signUp("alice");
        LoginTokens tokens = logIn("alice", DomainFixture.PASSWORD);
        Principal principal = fx.parley.authenticate().authenticate(tokens.accessToken());
        Connection thisLogin = connect(principal);
        Connection otherLogin = fx.connect(alice);

        fx.parley.logOut().logOut(principal);

        assertRefused(() -> fx.parley.authenticate().authenticate(tokens.accessToken()), ErrorCode.UNAUTHORIZED);
        assertRefused(() -> fx.parley.refreshTokens().refresh(tokens.refreshToken()), ErrorCode.UNAUTHORIZED);
        assertThat(thisLogin.sink().revoked).hasValue(1);
        assertThat(otherLogin.sink().revoked).hasValue(0);
        User bob = fx.signUp("bob");
        fx.befriend(bob, alice);
        fx.agent(alice, "planner");
        fx.open(bob, alice, "planner", MessageType.QUERY);
        assertThat(thisLogin.sink().delivered).isEmpty();
        assertThat(otherLogin.sink().delivered).hasSize(1);
    }

    private Connection connect(Principal principal) {
        RecordingSink sink = new RecordingSink();
        return new Connection(fx.parley.openDeliverySession()
                .openDeliverySession(principal, AgentSelection.all(), sink), sink);
    }

    private static ParleyException refusal(ThrowingCallable call) {
        return Assertions.catchThrowableOfType(ParleyException.class, call);
    }
}

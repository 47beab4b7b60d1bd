package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.LoginSession;
import dev.parley.ports.model.SessionId;
import dev.parley.ports.model.User;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.LoginSessions} store does. */
public abstract class LoginSessionsContract extends StoreContract {
    private final String unique = TestData.id();
    private User alice;

    @BeforeEach
    void aUser() {
        alice = storedUser("alice");
    }

    @Test
    void anOpenSessionIsFoundByItsRefreshTokenHash() {
        LoginSession session = openSession(h("hash-1"));

        assertThat(stores.loginSessions().isOpen(session.id())).isTrue();
        assertThat(stores.loginSessions().byRefreshTokenHash(h("hash-1"))).contains(session);
        assertThat(stores.loginSessions().byRefreshTokenHash(h("hash-2"))).isEmpty();
    }

    @Test
    void rotatingReplacesTheHashOnlyWhenTheExpectedOneIsCurrent() {
        LoginSession session = openSession(h("old"));
        Instant later = TestData.nextInstant().plusSeconds(3600);

        assertThat(stores.loginSessions().rotate(session.id(), h("wrong"), h("new"), later)).isFalse();
        assertThat(stores.loginSessions().rotate(session.id(), h("old"), h("new"), later)).isTrue();
        assertThat(stores.loginSessions().rotate(session.id(), h("old"), h("newer"), later)).isFalse();
        assertThat(stores.loginSessions().byRefreshTokenHash(h("old"))).isEmpty();
        assertThat(stores.loginSessions().byRefreshTokenHash(h("new")))
                .contains(new LoginSession(session.id(), alice.id(), h("new"), later));
    }

    @Test
    void ofRacingRotationsWithOneHashExactlyOneWins() throws Exception {
        LoginSession session = openSession(h("shared"));
        Instant later = TestData.nextInstant().plusSeconds(3600);
        List<Callable<Boolean>> rotations = IntStream.range(0, 8)
                .<Callable<Boolean>>mapToObj(i -> () -> stores.loginSessions().rotate(session.id(), h("shared"), h("next-" + i), later))
                .toList();

        assertThat(Concurrently.run(rotations)).containsOnlyOnce(true);
    }

    @Test
    void aRevokedSessionIsClosedAndItsTokenUnusable() {
        LoginSession session = openSession(h("to-revoke"));
        assertThat(stores.loginSessions().isOpen(session.id())).isTrue();

        assertThat(stores.loginSessions().revoke(session.id())).isTrue();
        assertThat(stores.loginSessions().revoke(session.id())).isFalse();
        assertThat(stores.loginSessions().isOpen(session.id())).isFalse();
        assertThat(stores.loginSessions().byRefreshTokenHash(h("to-revoke"))).isEmpty();
        assertThat(stores.loginSessions().rotate(session.id(), h("to-revoke"), h("after"), TestData.nextInstant())).isFalse();
    }

    @Test
    void anUnknownSessionIsNeitherOpenNorRevocable() {
        SessionId unknown = new SessionId(TestData.id());

        assertThat(stores.loginSessions().isOpen(unknown)).isFalse();
        assertThat(stores.loginSessions().revoke(unknown)).isFalse();
    }

    @Test
    void aSessionAskedForBeforeItWasOpenedIsOpenOnceItIs() {
        LoginSession session = new LoginSession(new SessionId(TestData.id()), alice.id(), h("late"),
                TestData.nextInstant().plusSeconds(86_400));
        assertThat(stores.loginSessions().isOpen(session.id())).isFalse();

        stores.loginSessions().open(session);

        assertThat(stores.loginSessions().isOpen(session.id())).isTrue();
    }

    /** A hash no other test uses, so the suite also runs against a store that outlives one test. */
    private String h(String name) {
        return name + "-" + unique;
    }

    private LoginSession openSession(String hash) {
        LoginSession session = new LoginSession(new SessionId(TestData.id()), alice.id(), hash,
                TestData.nextInstant().plusSeconds(86_400));
        stores.loginSessions().open(session);
        return session;
    }
}

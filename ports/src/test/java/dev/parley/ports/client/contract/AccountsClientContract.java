package dev.parley.ports.client.contract;

import static dev.parley.ports.client.contract.Futures.done;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.client.ParleyClient;
import dev.parley.ports.model.AgentSelection;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.Password;
import dev.parley.ports.model.User;
import dev.parley.ports.model.Username;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Accounts and logins through any {@link ParleyClient}. */
public abstract class AccountsClientContract extends ParleyClientContract {
    private static final Password PASSWORD = new Password("s3cret-enough");

    @Test
    void aNewUserCanLogInWithTheUsernameInAnyCase() {
        Username name = uniqueName("Alice");
        ParleyClient client = client();

        User signedUp = done(client.signUp(name, PASSWORD));
        User loggedIn = done(client.logIn(name.value().toUpperCase(Locale.ROOT), PASSWORD.value()));

        assertThat(signedUp.username()).isEqualTo(name);
        assertThat(loggedIn).isEqualTo(signedUp);
        assertThat(done(client.me())).isEqualTo(signedUp);
    }

    @Test
    void aUsernameTakenIgnoringCaseIsRefused() {
        Username name = uniqueName("bob");
        done(client().signUp(name, PASSWORD));

        Username shouted = new Username(name.value().toUpperCase(Locale.ROOT));
        assertRefused(client().signUp(shouted, PASSWORD), ErrorCode.USERNAME_TAKEN);
    }

    @Test
    void aWrongPasswordAnUnknownUserAndAMalformedNameGetTheSameRefusal() {
        Member carol = member("carol");
        ParleyClient client = client();

        assertRefused(client.logIn(carol.name().value(), "not-the-password"), ErrorCode.INVALID_CREDENTIALS);
        assertRefused(client.logIn(uniqueName("nobody").value(), carol.password()), ErrorCode.INVALID_CREDENTIALS);
        assertRefused(client.logIn("?", carol.password()), ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void callsBeforeLoggingInAreUnauthorized() {
        ParleyClient client = client();

        assertRefused(client.me(), ErrorCode.UNAUTHORIZED);
        assertRefused(client.friends(), ErrorCode.UNAUTHORIZED);
        assertRefused(client.myAgents(), ErrorCode.UNAUTHORIZED);
        assertRefused(client.connect(AgentSelection.all(), new RecordingListener()), ErrorCode.UNAUTHORIZED);
    }

    @Test
    void loggingOutEndsTheLogin() {
        Member dave = member("dave");

        done(dave.client().logOut());

        assertRefused(dave.client().me(), ErrorCode.UNAUTHORIZED);
        assertThat(done(dave.client().logIn(dave.name().value(), dave.password()))).isEqualTo(dave.user());
    }

    @Test
    void loggingOutOneClientLeavesTheUsersOtherLoginsWorking() {
        Member erin = member("erin");
        ParleyClient laptop = client();
        done(laptop.logIn(erin.name().value(), erin.password()));

        done(erin.client().logOut());

        assertThat(done(laptop.me())).isEqualTo(erin.user());
    }
}

package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.Reply;
import dev.parley.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With the default limits, what the contract calls honest use is never refused. */
class HonestUseTest {
    private static final int USERS = 300;

    @RegisterExtension
    static final TestServer server = new TestServer();

    @Test
    void signingUpAndLoggingInHundredsOfUsersFromOneAddressIsNeverRefused() {
        for (int i = 0; i < USERS; i++) {
            String name = Fixtures.uniqueName("bulk");
            Reply signup = server.http().post("/signup", Fixtures.credentials(name, Fixtures.PASSWORD));
            Reply login = server.http().post("/login", Fixtures.credentials(name, Fixtures.PASSWORD));

            assertThat(signup.status()).as(signup.toString()).isEqualTo(201);
            assertThat(login.status()).as(login.toString()).isEqualTo(200);
        }
    }

    @Test
    void aFewMistypedPasswordsAmongThemAreAnsweredAsWrongNotAsLimited() {
        String name = Fixtures.uniqueName("typo");
        server.http().post("/signup", Fixtures.credentials(name, Fixtures.PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThat(server.http().post("/login", Fixtures.credentials(name, "mistyped-password")).code())
                    .isEqualTo("invalid_credentials");
        }

        assertThat(server.http().post("/login", Fixtures.credentials(name, Fixtures.PASSWORD)).status()).isEqualTo(200);
    }
}

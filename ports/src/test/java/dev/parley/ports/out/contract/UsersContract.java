package dev.parley.ports.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.ports.model.PasswordHash;
import dev.parley.ports.model.User;
import dev.parley.ports.model.UserAccount;
import dev.parley.ports.model.UserId;
import dev.parley.ports.model.Username;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link dev.parley.ports.out.Users} store does. */
public abstract class UsersContract extends StoreContract {

    @Test
    void anAddedAccountIsFoundByUsernameInAnyCaseAndById() {
        UserAccount account = TestData.account("Alice");
        assertThat(stores.users().add(account)).isTrue();

        Username shouted = new Username(account.user().username().value().toUpperCase(Locale.ROOT));
        assertThat(stores.users().byUsername(shouted)).contains(account);
        assertThat(stores.users().byId(account.user().id())).contains(account.user());
    }

    @Test
    void aUsernameTakenIgnoringCaseIsRefusedAndNothingChanges() {
        UserAccount first = TestData.account("bob");
        stores.users().add(first);
        Username sameIgnoringCase = new Username(first.user().username().value().toUpperCase(Locale.ROOT));
        UserAccount second = new UserAccount(new User(new UserId(TestData.id()), sameIgnoringCase,
                TestData.nextInstant()), new PasswordHash("other$hash"));

        assertThat(stores.users().add(second)).isFalse();
        assertThat(stores.users().byUsername(sameIgnoringCase)).contains(first);
        assertThat(stores.users().byId(second.user().id())).isEmpty();
    }

    @Test
    void unknownUsersAreAbsent() {
        assertThat(stores.users().byUsername(TestData.username("nobody"))).isEmpty();
        assertThat(stores.users().byId(new UserId(TestData.id()))).isEmpty();
    }

    @Test
    void ofRacingAddsOfOneUsernameExactlyOneWins() throws Exception {
        Username name = TestData.username("race");
        List<Callable<Boolean>> adds = IntStream.range(0, 8)
                .<Callable<Boolean>>mapToObj(i -> () -> stores.users().add(new UserAccount(
                        new User(new UserId(TestData.id()), name, TestData.nextInstant()), new PasswordHash("h$" + i))))
                .toList();

        List<Boolean> results = Concurrently.run(adds);

        assertThat(results).containsOnlyOnce(true);
    }
}

package dev.parley.adapter.jdbc;

import dev.parley.ports.model.UserAccount;
import dev.parley.ports.out.contract.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the upgrade contracts share: an empty scratch database of the vendor under test, which a test builds up to an
 * older schema version ({@link OlderSchema}) and fills as that version did before opening it, and three users.
 */
abstract class OlderDatabaseContract {
    final UserAccount alice = TestData.account("alice");
    final UserAccount bob = TestData.account("bob");
    final UserAccount carol = TestData.account("carol");
    ScratchDatabase scratch;
    OlderSchema older;

    protected abstract Vendor vendor();

    @BeforeEach
    void emptyDatabase() throws Exception {
        scratch = ScratchDatabase.create(vendor());
        older = new OlderSchema(scratch, vendor());
    }

    @AfterEach
    void dropDatabase() throws Exception {
        scratch.drop();
    }
}

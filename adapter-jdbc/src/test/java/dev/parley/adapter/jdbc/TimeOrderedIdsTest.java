package dev.parley.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ids for database rows: unique version 7 UUIDs, so ids made in a later millisecond sort after earlier ones. */
class TimeOrderedIdsTest {
    private final TimeOrderedIds ids = new TimeOrderedIds();

    @Test
    void idsAreUniqueVersion7Uuids() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.newId());
        }
        assertThat(new HashSet<>(made)).hasSize(made.size());
        assertThat(made).allSatisfy(id -> {
            UUID uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(7);
            assertThat(uuid.variant()).isEqualTo(2);
        });
    }

    @Test
    void anIdMadeInALaterMillisecondSortsAfter() throws InterruptedException {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            made.add(ids.newId());
            Thread.sleep(2);
        }
        assertThat(made).isSorted();
    }
}

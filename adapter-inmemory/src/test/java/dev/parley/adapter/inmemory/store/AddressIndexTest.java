package dev.parley.adapter.inmemory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddressIndexTest {
    private final Map<Long, String> stored = new HashMap<>();
    private final AddressIndex index = new AddressIndex((address, id) -> id.equals(stored.get(address)));

    @Test
    void findsEveryIdAcrossGrowth() {
        for (long address = 0; address < 50_000; address++) {
            add("id-" + address, address * 3);
        }

        assertThat(index.size()).isEqualTo(50_000);
        for (long address = 0; address < 50_000; address++) {
            assertThat(index.find("id-" + address)).isEqualTo(address * 3);
        }
        assertThat(index.find("id-50000")).isEqualTo(-1);
    }

    @Test
    void idsWithTheSameHashAreToldApartByTheStoredMessage() {
        // "Aa" and "BB" share String.hashCode, so every id below has the same hash
        add("AaAa", 0);
        add("AaBB", 10);
        add("BBAa", 20);

        assertThat(index.find("AaAa")).isZero();
        assertThat(index.find("AaBB")).isEqualTo(10);
        assertThat(index.find("BBAa")).isEqualTo(20);
        assertThat(index.find("BBBB")).isEqualTo(-1);
    }

    @Test
    void aTableThatGrowsMovesOnlyItsOwnSegmentsEntries() {
        int stored = 200_000;
        for (long address = 0; address < stored; address++) {
            add("id-" + address, address);
        }

        // One table for all would have moved 131,072 entries at its last doubling; a segment holds about 1/256 of them.
        assertThat(index.lastGrowthMoved()).isPositive().isLessThan(stored / (AddressIndex.SEGMENTS / 4));
        assertThat(index.find("id-199999")).isEqualTo(199_999);
    }

    @Test
    void anEmptyIndexFindsNothing() {
        assertThat(index.find("anything")).isEqualTo(-1);
    }

    private void add(String id, long address) {
        stored.put(address, id);
        index.put(id, address);
    }
}

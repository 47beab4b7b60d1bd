package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs as ids, from each thread's own generator. No id is a secret (tokens are made elsewhere,
 * from SecureRandom), so ids need not cost what {@link UUID#randomUUID()} does: one shared, locked SecureRandom that
 * reads the kernel's entropy every other id.
 */
public final class UuidIds implements IdGenerator {
    private static final long VERSION_MASK = 0xFFFF_FFFF_FFFF_0FFFL;
    private static final long VERSION_4 = 0x0000_0000_0000_4000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;

    @Override
    public String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & VERSION_MASK | VERSION_4;
        long low = random.nextLong() & VARIANT_MASK | VARIANT_RFC;
        return new UUID(high, low).toString();
    }
}

package dev.parley.adapter.inmemory.store;

import dev.parley.ports.out.IdGenerator;
import java.util.UUID;

/** Random (version 4) UUIDs as ids. */
public final class UuidIds implements IdGenerator {
    @Override
    public String newId() {
        return UUID.randomUUID().toString();
    }
}

package dev.parley.adapter.jdbc;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import dev.parley.ports.out.IdGenerator;

/**
 * Ids for rows in a database: version 7 UUIDs (RFC 9562), which begin with the time they were made. The unique
 * indexes on message and conversation ids then grow at one end, as the messages do, so a commit rewrites a few index
 * pages instead of one random page per message per index. Still opaque to clients, and as unguessable as a version 4
 * UUID in all but the time (which a message carries anyway).
 */
final class TimeOrderedIds implements IdGenerator {
    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    @Override
    public String newId() {
        return generator.generate().toString();
    }
}

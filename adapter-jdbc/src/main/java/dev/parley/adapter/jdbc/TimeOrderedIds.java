package dev.parley.adapter.jdbc;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import dev.parley.ports.out.IdGenerator;

/**
 * Ids for rows in a database: version 7 UUIDs (RFC 9562), which begin with the time they were made. The unique
 * indexes on message and conversation ids then grow at one end, as the messages do, so a commit rewrites a few index
 * pages instead of one random page per message per index. Still opaque to clients; beside the millisecond (which a
 * message carries anyway) they hold 74 random bits. No id is a secret: tokens are made elsewhere, from SecureRandom.
 */
final class TimeOrderedIds implements IdGenerator {
    private final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

    @Override
    public String newId() {
        return generator.generate().toString();
    }
}

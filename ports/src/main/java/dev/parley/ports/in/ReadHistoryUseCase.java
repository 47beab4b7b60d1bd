package dev.parley.ports.in;

import dev.parley.ports.model.HistoryPage;
import dev.parley.ports.model.HistoryQuery;
import dev.parley.ports.model.UserId;

/** Reads the messages a user sent or received, oldest first, a page at a time. */
public interface ReadHistoryUseCase {
    /** @throws dev.parley.ports.model.ParleyException {@code invalid_request} for a cursor this server did not make */
    HistoryPage readHistory(UserId user, HistoryQuery query);
}

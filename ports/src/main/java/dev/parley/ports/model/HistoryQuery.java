package dev.parley.ports.model;

import java.util.Objects;
import java.util.Optional;

/** The filters and page of {@code GET /messages}. */
public record HistoryQuery(
        Optional<UserId> with,
        Optional<ConversationId> conversationId,
        Optional<Seq> afterSeq,
        int limit,
        Optional<String> cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public HistoryQuery {
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(afterSeq, "afterSeq");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ParleyException.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
    }

    /** Everything, first page, default limit. */
    public static HistoryQuery everything() {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), DEFAULT_LIMIT, Optional.empty());
    }

    public HistoryQuery withCursor(String next) {
        return new HistoryQuery(with, conversationId, afterSeq, limit, Optional.of(next));
    }
}

package dev.parley.ports.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of history, oldest first, and the opaque cursor of the next page (empty on the last). */
public record HistoryPage(List<Message> messages, Optional<String> next) {
    public HistoryPage {
        messages = List.copyOf(messages);
        Objects.requireNonNull(next, "next");
    }
}

package dev.parley.adapter.jdbc;

/** A write whose caller was interrupted before the writer took it: it was withdrawn, nothing of it was written. */
final class WriteInterruptedException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    WriteInterruptedException(InterruptedException cause) {
        super("interrupted while the write was queued; it was withdrawn and nothing was written", cause);
    }
}

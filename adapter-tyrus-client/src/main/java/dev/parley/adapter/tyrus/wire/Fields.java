package dev.parley.adapter.tyrus.wire;

/** Checks on what the server sent: a field the contract promises must be there. */
final class Fields {
    private Fields() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new WireFormatException(field + " is missing");
        }
        return value;
    }
}

package dev.parley.adapter.tyrus.wire;

/** The server sent something this client cannot read as the wire contract says it should. */
public class WireFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.parley.ports.client;

/**
 * The transport failed, as opposed to the server refusing (that is a
 * {@link dev.parley.ports.model.ParleyException}): the server could not be reached, the connection broke,
 * timed out, or the server answered outside the contract (a 5xx, a body that is not a problem document).
 * Retrying later may succeed.
 */
public class ParleyTransportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ParleyTransportException(String message) {
        super(message);
    }

    public ParleyTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}

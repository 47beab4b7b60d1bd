package dev.parley.benchmarks.load;

/** What a measurement does with the frames a socket reads; called on that socket's listener, one frame at a time. */
interface FrameHandler {
    /** A frame nothing listens to. */
    FrameHandler NONE = new FrameHandler() {
    };

    default void onMessage(Client client, Frame frame) {
    }

    default void onSent(Client client, Frame frame) {
    }

    default void onError(Client client, Frame frame) {
    }

    default void onPong(Client client) {
    }
}

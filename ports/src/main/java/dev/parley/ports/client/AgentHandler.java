package dev.parley.ports.client;

/**
 * What an agent does with a message addressed to it: the one method an agent developer writes. Called on the
 * transport's delivery thread, one message at a time, in seq order; the message is acknowledged when this returns
 * (or throws), so a crash before then means it comes again: make handling idempotent where that matters.
 *
 * <p>Never wait here for another message (a {@link Conversation#nextReply} or a reply's effect): it can only arrive
 * after this returns. Answer with {@link IncomingMessage#reply} and return; keep state for the next step.
 */
@FunctionalInterface
public interface AgentHandler {
    void onMessage(IncomingMessage message);
}

package dev.parley.examples;

import dev.parley.ports.model.Message;
import java.net.URI;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Runs {@link Negotiation} and prints its transcript: {@code NegotiationExample [ws://localhost:8080 | mem:demo]}. */
public final class NegotiationExample {
    private static final Logger LOG = LoggerFactory.getLogger(NegotiationExample.class);

    private NegotiationExample() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        URI server = URI.create(args.length > 0 ? args[0] : "ws://localhost:8080");
        LOG.info("Negotiating on {}", server);
        List<Message> transcript = Negotiation.run(server);
        transcript.forEach(message -> LOG.info("{} -> {}  {}  {}", message.senderUsername(), message.recipientUsername(),
                message.type(), message.content().json()));
    }
}

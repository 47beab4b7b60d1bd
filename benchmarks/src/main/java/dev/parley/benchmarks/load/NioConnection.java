package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** One keep-alive connection of {@link NioHttp}, carrying one exchange at a time; touched only by its selector thread. */
final class NioConnection {
    private final NioHttp client;
    private final SocketChannel channel;
    private final HttpAnswer answer = new HttpAnswer();
    private HttpExchange exchange;

    NioConnection(NioHttp client, SocketChannel channel) {
        this.client = client;
        this.channel = channel;
    }

    SelectionKey key() {
        return channel.keyFor(client.selector());
    }

    void carry(HttpExchange next) {
        exchange = next;
    }

    void ready(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        try {
            if (key.isConnectable() && channel.finishConnect()) {
                key.interestOps(SelectionKey.OP_WRITE);
            } else if (key.isWritable()) {
                channel.write(exchange.request());
                if (!exchange.request().hasRemaining()) {
                    key.interestOps(SelectionKey.OP_READ);
                }
            } else if (key.isReadable()) {
                read(key);
            }
        } catch (IOException failed) {
            fail(key);
        }
    }

    private void read(SelectionKey key) throws IOException {
        if (answer.readFrom(channel) < 0) {
            fail(key);
            return;
        }
        if (!answer.complete()) {
            return;
        }
        HttpExchange done = exchange;
        exchange = null;
        boolean keepAlive = answer.keepAlive();
        int status = answer.status();
        answer.reset();
        if (keepAlive) {
            key.interestOps(0);
            client.idle(this);
        } else {
            key.cancel();
            channel.close();
            client.closed(this);
        }
        done.status().complete(status);
    }

    private void fail(SelectionKey key) {
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // already gone
        }
        client.closed(this);
        if (exchange != null) {
            // No answer at all: the server closed the kept-alive connection before the request got there, or while
            // answering it. Once more, on a new connection; a message POST carries its idempotency key, so the server
            // stores it once either way (Payloads.restBody).
            if (answer.isEmpty() && exchange.retryOnce()) {
                client.resubmit(exchange);
            } else {
                exchange.status().complete(0);
            }
            exchange = null;
        }
        answer.reset();
    }
}

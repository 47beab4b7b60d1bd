package dev.parley.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lean HTTP/1.1 client for the message POSTs of the load: one selector thread, keep-alive connections reused one
 * request at a time, opened as the load needs them. The JDK's HttpClient costs the generator several times the CPU
 * per request, which on two shared cores would be taken from the server under test. Answers the status code only.
 */
final class NioHttp implements AutoCloseable {
    /** Open connections at most: an open loop against a server that falls behind must not run out of file descriptors. */
    static final int MAX_CONNECTIONS = 512;
    private static final Logger LOG = LoggerFactory.getLogger(NioHttp.class);
    private final InetSocketAddress server;
    private final Selector selector;
    private final Queue<HttpExchange> submitted = new ConcurrentLinkedQueue<>();
    private final Queue<NioConnection> idle = new ArrayDeque<>();
    /** Requests that found every connection busy and the cap reached: they wait, and the wait counts in their latency. */
    private final Queue<HttpExchange> waiting = new ArrayDeque<>();
    private int connections;
    private final Thread loop;
    private volatile boolean open = true;

    NioHttp(int port) {
        this.server = new InetSocketAddress("127.0.0.1", port);
        try {
            this.selector = Selector.open();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        loop = new Thread(this::run, "gen-nio-http");
        loop.setDaemon(true);
        loop.start();
    }

    /** POSTs {@code json} to {@code path} with a bearer token; completes with the status (0 when the connection failed). */
    CompletableFuture<Integer> post(String path, String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.getPort() + "\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpExchange exchange = new HttpExchange(ByteBuffer.allocate(head.length + body.length).put(head).put(body).flip());
        submitted.add(exchange);
        selector.wakeup();
        return exchange.status();
    }

    private void run() {
        while (open) {
            try {
                selector.select();
                for (HttpExchange next = submitted.poll(); next != null; next = submitted.poll()) {
                    start(next);
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    ((NioConnection) key.attachment()).ready(key);
                }
                selector.selectedKeys().clear();
            } catch (IOException | RuntimeException failed) {
                if (open) {
                    LOG.warn("The HTTP client's selector loop failed; going on", failed);
                }
            }
        }
    }

    private void start(HttpExchange exchange) throws IOException {
        // A retried request gets a new connection: the idle ones may all have been closed by the server meanwhile.
        NioConnection connection = exchange.retried() ? null : idle.poll();
        if (connection != null) {
            carry(connection, exchange);
        } else if (connections >= MAX_CONNECTIONS) {
            waiting.add(exchange);
        } else {
            SocketChannel channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            connection = new NioConnection(this, channel);
            connections++;
            channel.register(selector, channel.connect(server) ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT, connection);
            connection.carry(exchange);
        }
    }

    private static void carry(NioConnection connection, HttpExchange exchange) {
        connection.key().interestOps(SelectionKey.OP_WRITE);
        connection.carry(exchange);
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            loop.join(2000);
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException | InterruptedException ignored) {
            // the generator is done with these sockets
        }
    }

    /** A kept-alive connection is free: it takes the next waiting request, or goes back to the pool. */
    void idle(NioConnection connection) {
        HttpExchange next = waiting.poll();
        if (next == null) {
            idle.add(connection);
        } else {
            carry(connection, next);
        }
    }

    /** Forgets a closed connection; a waiting request may open another. */
    void closed(NioConnection connection) {
        idle.remove(connection);
        connections--;
        HttpExchange next = waiting.poll();
        if (next != null) {
            resubmit(next);
        }
    }

    /** Sends the request again, on another connection. */
    void resubmit(HttpExchange exchange) {
        submitted.add(exchange);
        selector.wakeup();
    }

    Selector selector() {
        return selector;
    }
}

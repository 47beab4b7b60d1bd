package dev.parley.bootstrap.multinode;

import dev.parley.bootstrap.support.Fixtures;
import dev.parley.bootstrap.support.HttpApi;
import dev.parley.bootstrap.support.ServerProcess;
import dev.parley.bootstrap.support.WsClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One {@code parley} process of the cluster under test, and clients that talk to it. */
final class Node implements AutoCloseable {
    private final ServerProcess process;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpApi http;
    private final WsClient ws;

    private Node(ServerProcess process) {
        this.process = process;
        this.http = new HttpApi(URI.create("http://127.0.0.1:" + process.port() + "/"), executor);
        this.ws = new WsClient(URI.create("ws://127.0.0.1:" + process.port() + "/ws"));
    }

    /** Starts a node on the database, signing tokens with the key file every node shares. */
    static Node start(ClusterDatabase database, Path keyFile, String nodeId, Duration lease) throws Exception {
        return new Node(ServerProcess.start("--port", "0", "--host", "127.0.0.1", "--jwt-key-file", keyFile.toString(),
                "--db", database.url(), "--node-id", nodeId, "--node-lease", lease.toMillis() + "ms"));
    }

    HttpApi http() {
        return http;
    }

    WsClient ws() {
        return ws;
    }

    Fixtures fixtures() {
        return new Fixtures(http);
    }

    /** SIGKILL: no shutdown hook, so the node neither closes its sessions nor gives up its lease. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** SIGTERM, as an orderly stop; then the clients are closed. */
    @Override
    public void close() throws InterruptedException {
        try {
            process.stop();
        } finally {
            ws.close();
            executor.shutdownNow();
        }
    }
}

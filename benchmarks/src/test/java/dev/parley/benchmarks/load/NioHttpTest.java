package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The generator's HTTP client against a plain socket server that drops connections the way a busy server may. */
class NioHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads one request (head, then as many body bytes as its Content-Length says) and returns it whole. */
    private static String readRequest(InputStream in) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        while (!request.toString(StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new IOException("the request ended in its head");
            }
            request.write(next);
        }
        String head = request.toString(StandardCharsets.US_ASCII);
        int length = head.lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf(':') + 1).trim())).findFirst().orElse(0);
        request.write(in.readNBytes(length));
        return request.toString(StandardCharsets.UTF_8);
    }

    /** What the plain server does, on a thread of its own. */
    @FunctionalInterface
    private interface Serving {
        void run() throws IOException;
    }

    private static CompletableFuture<Void> serve(Serving serving) {
        return CompletableFuture.runAsync(() -> {
            try {
                serving.run();
            } catch (IOException failed) {
                throw new java.io.UncheckedIOException(failed);
            }
        });
    }

    private static void answer(Socket socket, String bytes) throws IOException {
        socket.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    private static JsonNode body(String request) throws IOException {
        return JSON.readTree(request.substring(request.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void aMessageWhoseConnectionDiedUnansweredGoesOnceMoreWithTheSameIdempotencyKey() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                NioHttp client = new NioHttp(server.getLocalPort())) {
            CompletableFuture<Void> serving = serve(() -> {
                try (Socket first = server.accept()) {
                    // The whole request arrived; the connection dies before a byte of the answer.
                    received.add(readRequest(first.getInputStream()));
                }
                try (Socket second = server.accept()) {
                    received.add(readRequest(second.getInputStream()));
                    answer(second, "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\n\r\n{}");
                }
            });

            int status = client.post("/message/bob", "token", Payloads.restBody(7, 3, 41, 123_456_789L))
                    .get(10, TimeUnit.SECONDS);

            assertThat(status).isEqualTo(202);
            assertThat(received).hasSize(2);
            assertThat(received.get(1)).isEqualTo(received.get(0));
            assertThat(body(received.get(0)).path("idempotency_key").asText()).isEqualTo("7:3:000000000041");
            serving.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aConnectionThatDiesMidAnswerIsAFailureNotASecondSend() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                NioHttp client = new NioHttp(server.getLocalPort())) {
            CompletableFuture<Void> serving = serve(() -> {
                try (Socket only = server.accept()) {
                    received.add(readRequest(only.getInputStream()));
                    answer(only, "HTTP/1.1 202 Acc");
                }
            });

            int status = client.post("/message/bob", "token", Payloads.restBody(7, 3, 42, 123_456_789L))
                    .get(10, TimeUnit.SECONDS);

            assertThat(status).isZero();
            serving.get(10, TimeUnit.SECONDS);
            assertThat(received).hasSize(1);
        }
    }

    @Test
    void everyMessageOfARunHasItsOwnKeyInSendingOrderAndTheBodyIsTheContractsShape() throws IOException {
        JsonNode first = JSON.readTree(Payloads.restBody(1, 0, 0, 5));
        JsonNode next = JSON.readTree(Payloads.restBody(1, 0, 1, 5));
        JsonNode otherStream = JSON.readTree(Payloads.restBody(1, 1, 0, 5));
        JsonNode otherRun = JSON.readTree(Payloads.restBody(2, 0, 0, 5));

        assertThat(List.of(first, next, otherStream, otherRun)).extracting(node -> node.path("idempotency_key").asText())
                .doesNotHaveDuplicates().allSatisfy(key -> assertThat(key.length()).isBetween(1, 128));
        assertThat(Payloads.idempotencyKey(1, 0, 9)).isLessThan(Payloads.idempotencyKey(1, 0, 10))
                .isLessThan(Payloads.idempotencyKey(1, 0, 100_000));
        assertThat(first.path("type").asText()).isEqualTo("INFORMATION");
        assertThat(first.path("content").path("k").asLong()).isZero();
        assertThat(next.path("content").path("k").asLong()).isEqualTo(1);
    }
}

package dev.parley.bootstrap.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A WebSocket client over a plain socket that reads the server's frames as they come and answers nothing, not even
 * a ping: a peer that stopped talking, as a dead or stuck client looks to the server.
 */
public final class RawWebSocket implements AutoCloseable {
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;

    /** One frame from the server (servers do not mask theirs). */
    public record Frame(int opcode, byte[] payload) {
        /** The status code of a close frame. */
        public int closeCode() {
            return ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
        }

        public String closeReason() {
            return new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final DataInputStream in;

    private RawWebSocket(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
    }

    /** Upgrades {@code /ws?token=…}; fails unless the server answers 101. */
    public static RawWebSocket open(int port, String token) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            RawHttp.sendUpgrade(socket.getOutputStream(), port, "/ws?token=" + token);
            RawWebSocket raw = new RawWebSocket(socket);
            String status = raw.line();
            if (!status.startsWith("HTTP/1.1 101")) {
                socket.close();
                throw new IllegalStateException("upgrade refused: " + status);
            }
            while (!raw.line().isEmpty()) {
                // the rest of the answer's head
            }
            return raw;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** The next frame, or empty once the server has closed the connection. */
    public Optional<Frame> next() {
        try {
            int first;
            try {
                first = in.readUnsignedByte();
            } catch (EOFException end) {
                return Optional.empty();
            }
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            return Optional.of(new Frame(first & 0x0f, payload));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the server closed during the handshake");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

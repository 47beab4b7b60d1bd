package dev.parley.benchmarks.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads one HTTP/1.1 response off a socket as it arrives: the status, and when the body (sized or chunked) has ended. */
final class HttpAnswer {
    private ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    private int status;
    private int bodyStart = -1;
    private long contentLength = -1;
    private boolean chunked;
    private boolean close;

    /** Appends what the socket has; -1 at end of stream. */
    int readFrom(ReadableByteChannel channel) throws IOException {
        if (!buffer.hasRemaining()) {
            buffer = ByteBuffer.allocate(buffer.capacity() * 2).put(buffer.flip());
        }
        return channel.read(buffer);
    }

    boolean complete() {
        if (bodyStart < 0 && !parseHead()) {
            return false;
        }
        int body = buffer.position() - bodyStart;
        if (chunked) {
            return endsWith("0\r\n\r\n");
        }
        return body >= Math.max(0, contentLength);
    }

    /** Nothing of the answer has arrived yet. */
    boolean isEmpty() {
        return buffer.position() == 0;
    }

    int status() {
        return status;
    }

    boolean keepAlive() {
        return !close;
    }

    void reset() {
        buffer.clear();
        status = 0;
        bodyStart = -1;
        contentLength = -1;
        chunked = false;
        close = false;
    }

    private boolean parseHead() {
        byte[] bytes = buffer.array();
        for (int i = 3; i < buffer.position(); i++) {
            if (bytes[i - 3] == '\r' && bytes[i - 2] == '\n' && bytes[i - 1] == '\r' && bytes[i] == '\n') {
                String head = new String(bytes, 0, i, StandardCharsets.US_ASCII);
                bodyStart = i + 1;
                headers(head);
                return true;
            }
        }
        return false;
    }

    private void headers(String head) {
        String[] lines = head.split("\r\n");
        status = Integer.parseInt(lines[0].split(" ")[1]);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].toLowerCase(Locale.ROOT);
            if (line.startsWith("content-length:")) {
                contentLength = Long.parseLong(line.substring(15).strip());
            } else if (line.startsWith("transfer-encoding:") && line.contains("chunked")) {
                chunked = true;
            } else if (line.startsWith("connection:") && line.contains("close")) {
                close = true;
            }
        }
    }

    private boolean endsWith(String end) {
        int length = end.length();
        if (buffer.position() - bodyStart < length) {
            return false;
        }
        String tail = new String(buffer.array(), buffer.position() - length, length, StandardCharsets.US_ASCII);
        return tail.equals(end);
    }
}

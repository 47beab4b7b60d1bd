package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {
    private static ReadableByteChannel bytes(String text) {
        return Channels.newChannel(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anAnswerWithAContentLengthIsCompleteOnceItsBodyArrived() throws IOException {
        HttpAnswer answer = new HttpAnswer();
        answer.readFrom(bytes("HTTP/1.1 202 Accepted\r\nContent-Length: 4\r\n\r\n{}"));
        assertThat(answer.complete()).isFalse();
        answer.readFrom(bytes("{}"));
        assertThat(answer.complete()).isTrue();
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.keepAlive()).isTrue();
    }

    @Test
    void aChunkedAnswerEndsWithItsLastChunk() throws IOException {
        HttpAnswer answer = new HttpAnswer();
        answer.readFrom(bytes("HTTP/1.1 429 Too Many Requests\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n"));
        assertThat(answer.complete()).isFalse();
        answer.readFrom(bytes("0\r\n\r\n"));
        assertThat(answer.complete()).isTrue();
        assertThat(answer.status()).isEqualTo(429);
    }

    @Test
    void aClosingAnswerIsNotKeptAliveAndResetStartsAfresh() throws IOException {
        HttpAnswer answer = new HttpAnswer();
        answer.readFrom(bytes("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"));
        assertThat(answer.complete()).isTrue();
        assertThat(answer.keepAlive()).isFalse();
        answer.reset();
        assertThat(answer.isEmpty()).isTrue();
        assertThat(answer.complete()).isFalse();
    }
}

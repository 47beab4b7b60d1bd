package dev.parley.benchmarks.jmh;

import dev.parley.adapter.server.json.MessageRequest;
import dev.parley.adapter.server.json.MessageView;
import dev.parley.adapter.server.ws.ClientFrame;
import dev.parley.ports.model.Message;
import dev.parley.ports.model.OutgoingMessage;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JSON of one message, as the server does it: reading a WebSocket {@code send} frame (parsed once, its fields taken
 * into {@link ClientFrame}, then the domain's {@link OutgoingMessage}), reading a REST body the same way
 * ({@link MessageRequest#read}), and writing the message object every {@code message} frame, {@code sent} frame and
 * {@code 202} answer carries ({@link MessageView#json()}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonBenchmark {
    private final Message message = Samples.message();
    private final byte[] restBody = Samples.REST_BODY.getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public OutgoingMessage readSendFrame() {
        return ClientFrame.read(Samples.SEND_FRAME).message().toOutgoing();
    }

    @Benchmark
    public OutgoingMessage readRestBody() {
        return MessageRequest.read(restBody).toOutgoing();
    }

    @Benchmark
    public String writeMessage() {
        return MessageView.from(message).json();
    }
}

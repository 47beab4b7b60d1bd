package dev.parley.benchmarks.jmh;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parley.adapter.server.json.Json;
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
 * JSON of one message, as the server does it with its own mapper ({@link Json}): reading a WebSocket {@code send}
 * frame (parsed once, its fields taken into {@link ClientFrame}, then the domain's {@link OutgoingMessage}), reading a
 * REST body the same way ({@link MessageRequest#read}), and writing the {@code message} frame and the REST answer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class JsonBenchmark {
    /** The shape of the server's {@code message} frame. */
    record MessageFrame(String event, MessageView message) {
    }

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
    public String writeMessageFrame() {
        return Json.write(new MessageFrame("message", MessageView.from(message)));
    }

    @Benchmark
    public byte[] writeRestAnswer() throws JsonProcessingException {
        return Json.mapper().writeValueAsBytes(MessageView.from(message));
    }
}

package dev.parley.benchmarks.jmh;

import dev.parley.domain.messaging.ConversationPolicy;
import dev.parley.ports.model.ErrorCode;
import dev.parley.ports.model.MessageType;
import dev.parley.ports.model.ParleyException;
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
 * The protocol check: the {@link MessageType} table over every pair of types, and the domain's policy on a reply
 * it allows and on one it refuses (the refusal builds a {@link ParleyException}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ProtocolBenchmark {
    private static final MessageType[] TYPES = MessageType.values();

    /** All 121 (reply, answered) pairs and the 11 opener checks. */
    @Benchmark
    public int wholeTable() {
        int allowed = 0;
        for (MessageType reply : TYPES) {
            allowed += reply.opensConversation() ? 1 : 0;
            for (MessageType answered : TYPES) {
                allowed += reply.mayAnswer(answered) ? 1 : 0;
            }
        }
        return allowed;
    }

    @Benchmark
    public MessageType policyAllows() {
        ConversationPolicy.requireOpener(MessageType.QUERY);
        ConversationPolicy.requireMayAnswer(MessageType.INFORMATION, MessageType.QUERY);
        return MessageType.INFORMATION;
    }

    @Benchmark
    public ErrorCode policyRefuses() {
        try {
            ConversationPolicy.requireMayAnswer(MessageType.ACCEPTANCE, MessageType.QUERY);
            return ErrorCode.INVALID_REQUEST;
        } catch (ParleyException refused) {
            return refused.code();
        }
    }
}

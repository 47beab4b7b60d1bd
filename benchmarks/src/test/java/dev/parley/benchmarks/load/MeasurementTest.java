package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    private static Frame message(long run, int stream, long number, long seq) {
        Frame frame = new Frame();
        frame.read("{\"event\":\"message\",\"message\":{\"seq\":" + seq + ",\"content\":" + Payloads.content(run, stream, number,
                System.nanoTime()) + "}}");
        return frame;
    }

    @Test
    void theFrameReaderFindsTheMarksTheGeneratorPutInTheContent() {
        Frame frame = message(7, 3, 42, 9);
        assertThat(frame.event).isEqualTo("message");
        assertThat(frame.seq).isEqualTo(9);
        assertThat(frame.run).isEqualTo(7);
        assertThat(frame.stream).isEqualTo(3);
        assertThat(frame.number).isEqualTo(42);
    }

    @Test
    void aMessageDeliveredTwiceCountsOnceAndAsADuplicate() {
        Measurement measurement = new Measurement(1, 1);
        measurement.nextNumber(0);
        measurement.onMessage(client(), message(1, 0, 0, 1));
        measurement.onMessage(client(), message(1, 0, 0, 2));
        assertThat(measurement.delivered.sum()).isEqualTo(1);
        assertThat(measurement.duplicates.sum()).isEqualTo(1);
        assertThat(measurement.outstanding()).isZero();
    }

    @Test
    void aSeqBelowTheLastOneSeenIsOutOfOrder() {
        Measurement measurement = new Measurement(1, 1);
        Client receiver = client();
        measurement.onMessage(receiver, message(1, 0, 0, 5));
        measurement.onMessage(receiver, message(1, 0, 1, 4));
        assertThat(measurement.outOfOrder.sum()).isEqualTo(1);
    }

    @Test
    void aFrameFromAnotherRunIsIgnored() {
        Measurement measurement = new Measurement(2, 1);
        measurement.onMessage(client(), message(1, 0, 0, 1));
        assertThat(measurement.delivered.sum()).isZero();
    }

    private static Client client() {
        return new Client(new LongAdder());
    }
}

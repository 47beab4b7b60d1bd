package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {
    private static Result round(double perSecond, long p99Micros) {
        return new Result("scenario", "target", 0, 0, perSecond, 0, 0, p99Micros, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    @Test
    void aClosedLoopIsComparedRoundByRoundOnThroughput() {
        List<Result> reference = List.of(round(200, 1), round(100, 1), round(400, 1));
        List<Result> target = List.of(round(100, 9), round(90, 9), round(360, 9));

        assertThat(Report.byRound(reference, target, false)).isEqualTo("0.90 (0.50–0.90)");
    }

    @Test
    void anOpenLoopIsComparedRoundByRoundOnP99() {
        List<Result> reference = List.of(round(1, 1000), round(1, 2000), round(1, 4000));
        List<Result> target = List.of(round(1, 1500), round(1, 2000), round(1, 2000));

        assertThat(Report.byRound(reference, target, true)).isEqualTo("1.00 (0.50–1.50)");
    }

    @Test
    void roundsThatDoNotPairAreNotCompared() {
        assertThat(Report.byRound(List.of(round(1, 1)), List.of(round(1, 1), round(1, 1)), false)).isEqualTo("–");
        assertThat(Report.byRound(null, List.of(round(1, 1)), false)).isEqualTo("–");
    }
}

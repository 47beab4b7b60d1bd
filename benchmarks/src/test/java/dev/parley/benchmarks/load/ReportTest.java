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

    private static Result closed(String target, double perSecond) {
        return new Result("loop, n in flight", target, 0, 0, perSecond, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    @Test
    void aClosedLoopsMaximumIsEachTargetsBestMedianAgainstTheReferencesBest() {
        Report report = new Report("relay", "settings");
        report.addClosedLoop("loop", 8, List.of(closed("relay", 400), closed("relay", 500), closed("relay", 450)));
        report.addClosedLoop("loop", 8, List.of(closed("mem", 200), closed("mem", 100), closed("mem", 300)));
        report.addClosedLoop("loop", 32, List.of(closed("relay", 1000), closed("relay", 600), closed("relay", 700)));
        report.addClosedLoop("loop", 32, List.of(closed("mem", 350), closed("mem", 380), closed("mem", 360)));

        assertThat(report.markdown()).contains("### loop: maximum over messages in flight")
                .contains("| relay | 700 | 1.00 | 32 | 8: 450 · 32: 700 |")
                .contains("| mem | 360 | 0.51 | 32 | 8: 200 · 32: 360 |");
    }

    @Test
    void roundsThatDoNotPairAreNotCompared() {
        assertThat(Report.byRound(List.of(round(1, 1)), List.of(round(1, 1), round(1, 1)), false)).isEqualTo("–");
        assertThat(Report.byRound(null, List.of(round(1, 1)), false)).isEqualTo("–");
    }
}

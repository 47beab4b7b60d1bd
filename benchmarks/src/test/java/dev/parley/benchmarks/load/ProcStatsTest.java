package dev.parley.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProcStatsTest {
    @Test
    void compilerTicksAreTheJitThreadsShareOfTheProcess() {
        long pid = ProcessHandle.current().pid();
        long compiler = ProcStats.compilerTicks(pid);
        long whole = ProcStats.cpuTicks(pid);
        assertThat(compiler).as("a JVM that started JUnit has compiled methods").isPositive();
        assertThat(compiler).as("the compiler threads are part of the process").isLessThanOrEqualTo(whole);
    }

    @Test
    void aProcessThatEndedHasNoCompilerTicks() throws IOException, InterruptedException {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        assertThat(ProcStats.compilerTicks(ended.pid())).isZero();
    }
}

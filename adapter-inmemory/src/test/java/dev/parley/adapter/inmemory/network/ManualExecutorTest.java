package dev.parley.adapter.inmemory.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.inmemory.ManualExecutor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManualExecutorTest {
    private final ManualExecutor executor = new ManualExecutor();
    private final List<String> ran = new ArrayList<>();

    @Test
    void tasksRunOneAtATimeInTheOrderGiven() {
        executor.execute(() -> ran.add("first"));
        executor.execute(() -> ran.add("second"));
        assertThat(executor.queued()).isEqualTo(2);

        assertThat(executor.runNext()).isTrue();
        assertThat(ran).containsExactly("first");
        assertThat(executor.queued()).isEqualTo(1);
    }

    @Test
    void runAllAlsoRunsWhatTheTasksQueue() {
        executor.execute(() -> {
            ran.add("outer");
            executor.execute(() -> ran.add("inner"));
        });

        assertThat(executor.runAll()).isEqualTo(2);
        assertThat(ran).containsExactly("outer", "inner");
        assertThat(executor.runNext()).isFalse();
    }
}

package dev.parley.adapter.inmemory;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

/**
 * An executor that runs nothing until the test says so: hand it to {@link InMemoryNetwork.Builder#deliveryExecutor}
 * and step deliveries with {@link #runNext()} or {@link #runAll()}. Tasks run on the thread that calls those.
 */
public final class ManualExecutor implements Executor {
    private final Queue<Runnable> queued = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable task) {
        queued.add(Objects.requireNonNull(task, "task"));
    }

    /** Runs the oldest queued task; false when none was queued. */
    public boolean runNext() {
        Runnable task = queued.poll();
        if (task == null) {
            return false;
        }
        task.run();
        return true;
    }

    /** Runs queued tasks, including those they queue, until none is left; answers how many ran. */
    public int runAll() {
        int ran = 0;
        while (runNext()) {
            ran++;
        }
        return ran;
    }

    /** How many tasks wait to run. */
    public int queued() {
        return queued.size();
    }
}

package dev.parley.domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SerialWorkerTest {
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();

    @Test
    void queuedTasksRunInOrderBeforeTheDrain() {
        SerialWorker worker = new SerialWorker(() -> log.add("drain"), failures::add);
        worker.submit(() -> {
            worker.requestDrain();
            worker.submit(() -> log.add("second"));
            log.add("first");
        });
        assertThat(log).containsExactly("first", "second", "drain");
    }

    @Test
    void aWakeUpDuringADrainMakesTheRunningDrainerDrainAgain() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> drainers = new CopyOnWriteArrayList<>();
        SerialWorker worker = new SerialWorker(() -> {
            drainers.add(Thread.currentThread());
            entered.countDown();
            await(release);
        }, failures::add);
        Thread first = new Thread(worker::requestDrain);
        first.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

        worker.requestDrain();
        assertThat(drainers).hasSize(1);
        release.countDown();
        first.join(10_000);

        assertThat(drainers).containsExactly(first, first);
    }

    @Test
    void manyConcurrentWakeUpsNeverRunTwoDrainersAndNoneIsLost() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger active = new AtomicInteger();
        AtomicInteger mostActive = new AtomicInteger();
        AtomicInteger lastSeenRequests = new AtomicInteger();
        SerialWorker worker = new SerialWorker(() -> {
            mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
            lastSeenRequests.set(requests.get());
            active.decrementAndGet();
        }, failures::add);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = IntStream.range(0, 8).<Future<?>>mapToObj(i -> pool.submit(() -> {
                for (int n = 0; n < 2_000; n++) {
                    requests.incrementAndGet();
                    worker.requestDrain();
                }
            })).toList();
            for (Future<?> run : runs) {
                run.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostActive).hasValue(1);
        assertThat(lastSeenRequests).hasValue(16_000);
    }

    @Test
    void aFailingTaskGoesToTheFailureHandlerAndLaterWorkStillRuns() {
        IllegalStateException boom = new IllegalStateException("sink broke");
        SerialWorker worker = new SerialWorker(() -> log.add("drain"), failures::add);
        worker.submit(() -> {
            worker.submit(() -> log.add("after"));
            throw boom;
        });
        worker.requestDrain();
        assertThat(failures).containsExactly(boom);
        assertThat(log).containsExactly("after", "drain");
    }

    @Test
    void stoppingDropsQueuedWorkAndRefusesNewWork() {
        SerialWorker worker = new SerialWorker(() -> log.add("drain"), failures::add);
        worker.submit(() -> {
            worker.submit(() -> log.add("queued"));
            worker.requestDrain();
            worker.stop();
        });
        worker.submit(() -> log.add("late"));
        worker.requestDrain();
        assertThat(log).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

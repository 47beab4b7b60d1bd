package dev.parley.adapter.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a SQLite store's committed batches durable before their callers hear, off the writer thread.
 *
 * <p>The writer's connection commits with {@code synchronous=NORMAL}: a commit writes its pages to the write-ahead
 * log without waiting for the disk. This thread then syncs the log ({@code fdatasync}), once for every batch
 * committed meanwhile, and only then answers their callers, in commit order. A {@code 202} still means on disk, and
 * the writer goes on with the next batch while the disk works: commits and syncs overlap instead of alternating.
 * Nothing answered can be lost with a log a checkpoint discards: in this mode SQLite syncs the log before every
 * checkpoint copies it into the database file, and that file after. (Readers may see a batch a moment before it is
 * durable; no caller is told it was stored before it is.)
 */
final class WalSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WalSync.class);
    private static final Optional<WriteBatch> END = Optional.empty();

    private final Path wal;
    private final WriteListener listener;
    private final BlockingQueue<Optional<WriteBatch>> committed = new LinkedBlockingQueue<>();
    private final Thread syncer;
    private final Object channelLock = new Object();
    /** Opened on the first sync (the log exists once something was written); used under {@code channelLock}. */
    private FileChannel channel;
    /** Set by the sync thread as it ends; from then on {@link #submit} answers by itself. */
    private boolean stopped;

    private WalSync(Path database, String threadName, WriteListener listener) {
        this.wal = database.resolveSibling(database.getFileName() + "-wal");
        this.listener = listener;
        this.syncer = new Thread(this::run, threadName);
        syncer.setDaemon(true);
    }

    static WalSync start(Path database, String threadName, WriteListener listener) {
        WalSync sync = new WalSync(database, threadName, listener);
        sync.syncer.start();
        return sync;
    }

    /**
     * A batch the writer has just ended (committed or not): it is answered after the next sync, in this order. One
     * that comes after the sync thread stopped (a writer finishing its batch while an interrupted close went ahead) is
     * synced and answered here.
     */
    void submit(WriteBatch batch) {
        synchronized (this) {
            if (!stopped) {
                committed.add(Optional.of(batch));
                return;
            }
        }
        synchronized (channelLock) {
            syncAndAnswer(List.of(batch));
        }
    }

    /** Answers every batch submitted so far, then stops. */
    @Override
    public void close() {
        committed.add(END);
        boolean interrupted = false;
        while (syncer.isAlive()) {
            try {
                syncer.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        closeChannel();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        List<Optional<WriteBatch>> taken = new ArrayList<>();
        while (true) {
            taken.clear();
            taken.add(takeOne());
            committed.drainTo(taken);
            boolean ending = taken.remove(END);
            if (ending) {
                synchronized (this) {
                    stopped = true;
                    committed.drainTo(taken);
                }
            }
            List<WriteBatch> batches = taken.stream().flatMap(Optional::stream).toList();
            if (!batches.isEmpty()) {
                synchronized (channelLock) {
                    syncAndAnswer(batches);
                }
            }
            if (ending) {
                return;
            }
        }
    }

    private Optional<WriteBatch> takeOne() {
        while (true) {
            try {
                return committed.take();
            } catch (InterruptedException e) {
                // only close ends this thread, after answering everything
            }
        }
    }

    private void syncAndAnswer(List<WriteBatch> batches) {
        try {
            sync();
        } catch (IOException | UncheckedIOException | SecurityException e) {
            LOG.error("Could not sync the SQLite write-ahead log {}: {} batches are failed as not durable", wal, batches.size(), e);
            IllegalStateException notDurable = new IllegalStateException("the write could not be made durable", e);
            batches.forEach(batch -> batch.failUndurable(notDurable));
            return;
        }
        listener.madeDurable(batches.size());
        batches.forEach(WriteBatch::answer);
    }

    private void sync() throws IOException {
        if (channel == null) {
            channel = FileChannel.open(wal, StandardOpenOption.WRITE);
        }
        channel.force(false);
    }

    private void closeChannel() {
        synchronized (channelLock) {
            closeChannelNow();
        }
    }

    private void closeChannelNow() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Could not close the write-ahead log channel", e);
            }
            channel = null;
        }
    }
}

package org.spatiallift.engine.perception.model;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends a read that waits too long on a stalled server: {@link HttpDownloader} calls {@link #touch()} after every block;
 * when nothing arrived for {@code idle}, the watchdog closes the response stream (which ends the blocked read with an
 * IOException) and {@link #fired()} says why. {@code java.net.http} has no read timeout for a body, hence this.
 */
final class IdleWatchdog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IdleWatchdog.class);
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "download-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Closeable stream;
    private final long idleNanos;
    private final ScheduledFuture<?> check;
    private volatile long lastRead = System.nanoTime();
    private volatile boolean fired;

    IdleWatchdog(Closeable stream, Duration idle) {
        this.stream = stream;
        this.idleNanos = idle.toNanos();
        long every = Math.max(10, idle.toMillis() / 4);
        this.check = TIMER.scheduleWithFixedDelay(this::check, every, every, TimeUnit.MILLISECONDS);
    }

    /** Data arrived. */
    void touch() {
        lastRead = System.nanoTime();
    }

    /** True when the watchdog closed the stream because the server sent nothing for too long. */
    boolean fired() {
        return fired;
    }

    private void check() {
        if (!fired && System.nanoTime() - lastRead > idleNanos) {
            fired = true;
            ScheduledFuture<?> c = check;
            if (c != null) {
                c.cancel(false);
            }
            try {
                stream.close();
            } catch (IOException e) {
                LOG.debug("closing a stalled download's stream: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        check.cancel(false);
    }
}

package org.spatiallift.engine.perception.model;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a download from another thread (a UI's Cancel button): {@link #cancel()} sets the flag that
 * {@link HttpDownloader} asks between blocks and closes the response stream it is reading, so a read that waits on a
 * stalled connection ends at once instead of when the connection times out. One per download; thread-safe.
 */
public final class DownloadCancel implements BooleanSupplier {

    private static final Logger LOG = LoggerFactory.getLogger(DownloadCancel.class);

    private volatile boolean cancelled;
    private volatile Closeable reading;

    /** Asks the download to stop; safe to call from any thread, more than once. */
    public void cancel() {
        cancelled = true;
        closeQuietly(reading);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public boolean getAsBoolean() {
        return cancelled;
    }

    /** The stream the download reads now (null when none); closed at once when already cancelled. */
    void reading(Closeable stream) {
        reading = stream;
        if (cancelled && stream != null) {
            closeQuietly(stream);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            LOG.debug("closing a cancelled download's stream: {}", e.getMessage());
        }
    }
}

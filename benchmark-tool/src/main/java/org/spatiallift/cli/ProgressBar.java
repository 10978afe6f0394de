package org.spatiallift.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on stderr, redrawn at most every 200 ms (and at the end). */
final class ProgressBar implements GenerateRun.Progress {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last;

    ProgressBar(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(int finished, int total, int qa) {
        long now = System.nanoTime();
        if (finished < total && now - last < 200_000_000L) {
            return;
        }
        last = now;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * finished / total);
        double rate = finished / Math.max(1e-9, (now - start) / 1e9);
        err.printf(Locale.ROOT, "\r[%s%s] %d/%d images, %d QA, %.2f images/s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), finished, total, qa, rate);
        if (finished == total) {
            err.println();
        }
        err.flush();
    }
}

package org.spatiallift.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Milestones of the app's start (window shown, sample scene drawn) in wall-clock milliseconds, for the start-up
 * benchmark (benchmark-tool/scripts/app_startup.sh). Off unless {@code -Dspatiallift.startup.trace=FILE} is given; then
 * each milestone is appended to FILE as {@code name epochMillis millisSinceJvmStart threadCpuMillis}.
 */
final class StartupTrace {

    static final String TRACE_PROPERTY = "spatiallift.startup.trace";

    private static final List<String> LINES = new ArrayList<>();

    private StartupTrace() {
    }

    /** Whether a trace file was asked for. */
    static boolean enabled() {
        return System.getProperty(TRACE_PROPERTY) != null;
    }

    /** Records a milestone now (no effect unless enabled). */
    static synchronized void mark(String name) {
        if (!enabled()) {
            return;
        }
        long now = System.currentTimeMillis();
        long sinceJvm = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        LINES.add(String.format(Locale.ROOT, "%s %d %d %d", name, now, sinceJvm, cpu));
    }

    /** Writes the milestones recorded so far to the trace file. */
    static synchronized void write() throws IOException {
        if (!enabled()) {
            return;
        }
        Path file = Path.of(System.getProperty(TRACE_PROPERTY));
        Files.write(file, LINES, StandardCharsets.UTF_8);
    }
}

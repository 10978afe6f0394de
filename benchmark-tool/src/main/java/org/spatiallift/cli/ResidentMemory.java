package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The process's resident memory for benchmark reports (Linux /proc/self/status), and the Java heap in use. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** Resident set size in bytes, or -1 where the system does not say (not Linux). */
    static long residentBytes() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024).orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Java heap in use after a garbage collection, in bytes. */
    static long heapUsedBytes() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Bytes as MiB rounded to 0.1, or -1 when unknown. */
    static double mib(long bytes) {
        return bytes < 0 ? -1 : Math.round(bytes / 1048576.0 * 10) / 10.0;
    }
}

package org.spatiallift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a JVM on the test class path (for tests that need a real, separate process). */
final class Subprocess {

    private Subprocess() {
    }

    /** {@code java -cp <test class path> mainClass args...}. */
    static List<String> java(Class<?> mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** The same through bash with a file-size limit of {@code kilobytes} (a disk that fills up at that size). */
    static List<String> withFileSizeLimit(int kilobytes, List<String> command) {
        StringBuilder sb = new StringBuilder("ulimit -f " + kilobytes + " && exec");
        for (String arg : command) {
            sb.append(" '").append(arg.replace("'", "'\\''")).append('\'');
        }
        return List.of("bash", "-c", sb.toString());
    }
}

package org.spatiallift.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as {@code bin/spatiallift-app} starts it (Launcher: view models and the sample's lift prepared while JavaFX
 * starts), in a JVM of its own: it shows the window, draws the sample scene, writes its start-up milestones in order
 * (the start-up benchmark reads them) and quits with status 0.
 */
class StartupTraceTest {

    @Test
    void theLauncherDrawsTheSampleSceneAndWritesItsMilestonesInOrder(@TempDir Path dir) throws Exception {
        Path trace = dir.resolve("trace.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dprism.order=sw",
                "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-D" + StartupTrace.TRACE_PROPERTY + "=" + trace,
                Launcher.class.getName()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString()); // the project database
        pb.environment().put("ORT_DISABLE_TELEMETRY", "1");
        Process app = pb.start();
        boolean ended = app.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            app.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("app.log"), StandardCharsets.UTF_8);

        assertThat(ended).as("the app quits after the first scene is drawn; its output:%n%s", log).isTrue();
        assertThat(app.exitValue()).as("exit status; output:%n%s", log).isZero();
        Map<String, long[]> marks = new LinkedHashMap<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            marks.put(f[0], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        assertThat(marks.keySet()).containsExactlyInAnyOrder("main", "view_models", "fx_start", "prepared", "view_built",
                "shown", "window", "scene");
        long previous = 0;
        for (Map.Entry<String, long[]> m : marks.entrySet()) {
            assertThat(m.getValue()[0]).as("%s is written in time order", m.getKey()).isGreaterThanOrEqualTo(previous);
            previous = m.getValue()[0];
        }
        assertInOrder(marks, "main", "fx_start", "prepared", "shown", "window", "view_built", "scene");
        assertInOrder(marks, "main", "view_models", "prepared");
        assertThat(marks.get("main")[1]).as("milliseconds from the JVM's start to main").isBetween(0L, 30_000L);
        assertThat(new File(dir.resolve("prefs").toString())).as("preferences stay in the test's folder").exists();
    }

    private static void assertInOrder(Map<String, long[]> marks, String... names) {
        for (int i = 1; i < names.length; i++) {
            assertThat(marks.get(names[i])[0]).as("%s not before %s", names[i], names[i - 1])
                    .isGreaterThanOrEqualTo(marks.get(names[i - 1])[0]);
        }
    }
}

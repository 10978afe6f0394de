package org.spatiallift.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spatiallift.cli.privacy.IsolatedJvm.events;
import static org.spatiallift.cli.privacy.IsolatedJvm.java;
import static org.spatiallift.cli.privacy.IsolatedJvm.run;
import static org.spatiallift.cli.privacy.IsolatedJvm.seconds;
import static org.spatiallift.cli.privacy.IsolatedJvm.watched;
import static org.spatiallift.cli.privacy.IsolatedJvm.withoutSwitch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.cli.Main;
import org.spatiallift.engine.testing.SharedData;
import org.spatiallift.engine.testing.TestModels;

/**
 * ONNX Runtime's telemetry stays off (README, Privacy). Every run is a JVM of its own with {@code HOME} set to an
 * empty folder and without {@code ORT_DISABLE_TELEMETRY}, so what is tested is SpatialLift's own switch (the Java
 * API's, in {@code OrtEnvironments}), not the launchers' variable. Controls run ONNX Runtime without the switch and
 * show that each check sees telemetry when it runs. The network checks run in an isolated network namespace
 * ({@code unshare -n}, root) and skip with a message only where namespaces are not permitted; under CI=true they fail
 * instead.
 */
class TelemetryOffTest {

    private static final double WORKLOAD_SECONDS = 22;

    @TempDir
    Path dir;

    @Test
    void detectCommandWritesNothingUnderHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path tum = SharedData.rgbd("other_formats/TUM_color.png");
        TestModels.detector();

        IsolatedJvm.Result r = run(dir, withoutSwitch(home, java(Main.class.getName(), "detect", "--image", tum.toString(),
                "--json")));

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("\"detections\"");
        assertThat(home.resolve(".cache/Microsoft")).as("ONNX Runtime's telemetry folder under HOME").doesNotExist();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void controlOnnxRuntimeWithoutTheSwitchWritesItsDeviceIdUnderHome() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        TestModels.detector();

        IsolatedJvm.Result r = run(dir, withoutSwitch(home, java(OrtWorkload.class.getName(), "raw", "1")));

        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(home.resolve(".cache/Microsoft/DeveloperTools/.onnxruntime/deviceid"))
                .as("the control: if ONNX Runtime no longer writes this, its telemetry changed; review TelemetryOffTest")
                .exists();
    }

    @Test
    void detectorWorkloadInAnIsolatedNetworkLooksUpNoNameAndConnectsNowhere() throws Exception {
        Path tum = SharedData.rgbd("other_formats/TUM_color.png");
        TestModels.detector();
        Path home = Files.createDirectories(dir.resolve("home"));

        List<String> report = watched(dir, home, java(OrtWorkload.class.getName(), "engine",
                Double.toString(WORKLOAD_SECONDS), tum.toString()));

        assertThat(report).as("the watch saw its own look-up, so it sees look-ups").anyMatch(l -> l.startsWith(
                "dns " + NetworkWatch.SELF_CHECK));
        assertThat(report).contains("exit 0");
        assertThat(seconds(report)).as("a workload of at least 20 s").isGreaterThanOrEqualTo(20);
        assertThat(events(report)).as("DNS queries and connects of the detector workload").isEmpty();
        assertThat(home).isEmptyDirectory();
    }

    @Test
    void controlOnnxRuntimeWithoutTheSwitchLooksUpItsCollector() throws Exception {
        TestModels.detector();
        Path home = Files.createDirectories(dir.resolve("home"));

        List<String> report = watched(dir, home, java(OrtWorkload.class.getName(), "raw",
                Double.toString(WORKLOAD_SECONDS)));

        assertThat(report).contains("exit 0");
        assertThat(events(report))
                .as("the control: ONNX Runtime without the switch resolves its collector within %s s", WORKLOAD_SECONDS)
                .anyMatch(l -> l.contains("events.data.microsoft.com"));
    }
}

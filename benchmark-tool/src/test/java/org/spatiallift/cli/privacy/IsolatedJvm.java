package org.spatiallift.cli.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.spatiallift.engine.perception.model.ModelStore;

/**
 * Child JVMs for the privacy tests: each with {@code HOME} (and {@code user.home}) set to a folder of the test, without
 * the launchers' and the libraries' privacy variables, so that what is tested is the engine's own switches; optionally
 * inside an isolated network and mount namespace ({@code unshare -n -m}, root) watched by {@link NetworkWatch}.
 */
final class IsolatedJvm {

    /** The address of the cloud metadata service (EC2, and others at the same address), reached without a name. */
    static final String METADATA_ADDRESS = "169.254.169.254";

    /**
     * Variables by which ONNX Runtime's telemetry client recognises a build server and stays quiet (read from its
     * native library's strings; measured: with CI=true the controls see nothing). They are removed so that the runs
     * behave as on a user's machine, also when the tests run in CI.
     */
    static final List<String> BUILD_SERVER_VARIABLES = List.of("CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI",
            "CIRCLECI", "TRAVIS", "JENKINS_URL", "CODEBUILD_BUILD_ID", "BUILDKITE", "TEAMCITY_VERSION", "APPVEYOR",
            "BITBUCKET_BUILD_NUMBER");

    /**
     * The switches and cache folders of the libraries (ONNX Runtime's telemetry variable set by the launchers, DJL's
     * offline switch, tracking opt-out and caches, SpatialLift's native folder): removed, so the engine's own settings
     * are what runs.
     */
    static final List<String> LIBRARY_VARIABLES = List.of("ORT_DISABLE_TELEMETRY", "DJL_OFFLINE", "OPT_OUT_TRACKING",
            "DJL_CACHE_DIR", "ENGINE_CACHE_DIR", "SPATIALLIFT_NATIVE");

    private IsolatedJvm() {
    }

    record Result(int exit, String output) {
    }

    /**
     * {@code env CLASSPATH=… java -Xmx1g [-Duser.home=HOME] MAIN ARGS}; {@code home} may be null (the user's). The class
     * path goes in the environment, not on the command line: ONNX Runtime 1.29's telemetry client, which the controls
     * run, crashes the process (SIGSEGV, exit 139) when the command line passes about 4 KB (measured: a class path of
     * 3,902 characters ran, 3,952 crashed), and the test class path is that long.
     */
    static List<String> java(Path home, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of("env", "CLASSPATH=" + System.getProperty("java.class.path"),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        if (home != null) {
            cmd.add("-Duser.home=" + home);
        }
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** {@code java} without {@code user.home} set (ONNX Runtime's native client reads {@code HOME} only). */
    static List<String> java(String mainClass, String... args) {
        return java(null, mainClass, args);
    }

    /**
     * {@code env} that empties HOME, points at the model store, drops the library variables and the build-server
     * variables.
     */
    static List<String> withoutSwitch(Path home, List<String> command) {
        List<String> cmd = new ArrayList<>(List.of("env"));
        for (String v : LIBRARY_VARIABLES) {
            cmd.add("-u");
            cmd.add(v);
        }
        for (String v : BUILD_SERVER_VARIABLES) {
            cmd.add("-u");
            cmd.add(v);
        }
        cmd.add("HOME=" + home);
        cmd.add(ModelStore.ENV + "=" + ModelStore.configured().root());
        cmd.addAll(command);
        return cmd;
    }

    /** Runs {@code command} (at most 5 minutes), its output in a log under {@code dir}. */
    static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = dir.resolve("process-" + System.nanoTime() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            Assertions.fail("still running after 5 minutes: " + command);
        }
        return new Result(p.exitValue(), Files.readString(log));
    }

    /**
     * Runs {@code command} without the switches ({@link #withoutSwitch}) under {@link NetworkWatch} in a new network and
     * mount namespace: loopback up, the metadata address on the loopback device (so a connect to it reaches the watch),
     * /etc/resolv.conf pointing at the watch's DNS stub. Returns the watch's report.
     */
    static List<String> watched(Path dir, Path home, List<String> command) throws Exception {
        requireNamespaces();
        Path resolv = Files.writeString(dir.resolve("resolv.conf"), "nameserver 127.0.0.1\noptions attempts:1 timeout:1\n");
        Path report = dir.resolve("report-" + System.nanoTime() + ".txt");
        List<String> cmd = new ArrayList<>(List.of("unshare", "-n", "-m", "--", "bash", "-c",
                "ip link set lo up && ip addr add " + METADATA_ADDRESS + "/32 dev lo"
                        + " && mount --bind \"$1\" /etc/resolv.conf && shift && exec \"$@\"", "watch", resolv.toString()));
        cmd.addAll(java(NetworkWatch.class.getName(), report.toString(), "--"));
        cmd.addAll(withoutSwitch(home, command));
        Result r = run(dir, cmd);
        assertThat(report).as("the watch's report; output:%n%s", r.output()).exists();
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).as(r.output()).noneMatch(l -> l.startsWith("selfcheck failed"));
        return lines;
    }

    /** The DNS queries and connects of a report, without the watch's own look-up. */
    static List<String> events(List<String> report) {
        return report.stream().filter(l -> l.startsWith("dns ") || l.startsWith("connect "))
                .filter(l -> !l.startsWith("dns " + NetworkWatch.SELF_CHECK)).toList();
    }

    static double seconds(List<String> report) {
        return report.stream().filter(l -> l.startsWith("seconds ")).mapToDouble(l -> Double.parseDouble(l.substring(8)))
                .findFirst().orElse(0);
    }

    /** Skips (with a message) where network namespaces are not permitted; fails instead under CI=true. */
    static void requireNamespaces() throws InterruptedException {
        String why = null;
        try {
            Process p = new ProcessBuilder("unshare", "-n", "-m", "--", "ip", "link", "set", "lo", "up")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                why = "unshare -n -m with ip link failed: " + out.strip();
            }
        } catch (IOException e) {
            why = "unshare or ip is not available (" + e.getMessage() + ")";
        }
        if (why != null) {
            String msg = "network namespaces are not permitted here (" + why + "; needs root, util-linux and iproute2);"
                    + " skipping the isolated-network privacy test";
            System.err.println("[SKIP] " + msg);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg + " -- but CI=true, where it must run");
            }
            Assumptions.abort(msg);
        }
    }
}

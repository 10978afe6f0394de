package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

/**
 * Output folders with another process in them: a {@code generate} whose {@code --out} another process holds is
 * refused naming it (and runs once that process is killed -9); {@code lift --out} on a disk that fills up exits 1
 * naming the file, leaves no partial file, and runs again.
 */
class OutputFolderTest {

    @TempDir
    static Path dir;
    private static Path in;

    @BeforeAll
    static void writeSample() throws IOException {
        in = dir.resolve("in");
        SampleSceneWriter.write(SampleScenes.builtIn(), in.resolve("scene1"));
    }

    @Test
    void generateRefusesAFolderAnotherProcessHoldsAndRunsOnceItIsKilled() throws Exception {
        Path out = dir.resolve("locked");
        Process holder = new ProcessBuilder(Subprocess.java(HoldFolderLock.class, out.toString()))
                .redirectErrorStream(true).start();
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(r.readLine()).isEqualTo("locked");

            CliRun refused = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--no-progress");

            assertThat(refused.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
            assertThat(refused.err()).contains(out + ": is in use by another SpatialLift run (pid " + holder.pid()
                    + ", started ").contains("choose another folder");
            assertThat(out.resolve("qa.llava.jsonl")).doesNotExist();
        } finally {
            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        CliRun after = CliRun.of("generate", "--input", in.toString(), "--out", out.toString(), "--no-progress");

        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("qa.llava.jsonl"))).hasSize(1);
    }

    @Test
    void liftOutOnAFullDiskExitsOneNamingTheFileAndLeavesNoPartialFile() throws Exception {
        assumeTrue(Files.exists(Path.of("/bin/bash")), "needs bash's ulimit (Linux, macOS)");
        Path scene = in.resolve("scene1");
        Path out = dir.resolve("lifted");
        List<String> lift = List.of("lift", "--image", scene.resolve("rgb.png").toString(), "--depth",
                scene.resolve("depth.png").toString(), "--labels", scene.resolve("labels.png").toString(),
                "--names", scene.resolve("names.txt").toString(), "--out", out.toString());
        Process p = new ProcessBuilder(Subprocess.withFileSizeLimit(256,
                Subprocess.java(Main.class, lift.toArray(String[]::new))))
                .redirectErrorStream(true).redirectOutput(dir.resolve("lift.log").toFile()).start();

        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String log = Files.readString(dir.resolve("lift.log"));
        assertThat(p.exitValue()).as(log).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(log).contains(out.resolve("cloud.ply") + ": could not be written (File too large)")
                .contains("Free some space").doesNotContain("internal error").doesNotContain("\tat ");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }

        CliRun again = CliRun.of(lift.toArray(String[]::new));

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(out.resolve("cloud.ply")).isNotEmptyFile();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("cloud.ply", "scene.json");
        }
    }
}

package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

/**
 * Every refusal names the option or file, the value, the problem and what to do, and keeps to one exit-code rule:
 * 1 for a wrong value or file (whoever parses it), 2 for a command line of the wrong shape (issue #9).
 */
class OptionErrorsTest {

    @TempDir
    static Path dir;
    private static String intrinsics;

    @BeforeAll
    static void writeSample() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
        intrinsics = Files.readString(dir.resolve("intrinsics.txt")).trim();
    }

    private static String[] lift(String... more) {
        String[] base = {"lift", "--image", dir.resolve("rgb.png").toString(), "--depth", dir.resolve("depth.png").toString()};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void withoutIntrinsicsTheWarningAdvisesTheOption(@TempDir Path alone) throws IOException {
        Files.copy(dir.resolve("rgb.png"), alone.resolve("rgb.png"));
        Files.copy(dir.resolve("depth.png"), alone.resolve("depth.png"));

        CliRun run = CliRun.of("lift", "--image", alone.resolve("rgb.png").toString(), "--depth",
                alone.resolve("depth.png").toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).contains("assumed a 60° horizontal field of view")
                .contains("Give --intrinsics fx,fy,cx,cy").doesNotContain("Intrinsics field");
    }

    @Test
    void tinyFocalLengthIsAnIntrinsicsProblemNotAVoxelProblem() {
        CliRun run = CliRun.of(lift("--intrinsics=1e-30,1e-30,319.5,239.5"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--intrinsics").contains("1.0E-30").contains("field of view")
                .contains("Give --intrinsics fx,fy,cx,cy").doesNotContain("voxel");
    }

    @Test
    void zeroMaxPixelsNamesTheOptionTheValueAndTheRange() {
        CliRun run = CliRun.of(lift("--max-pixels", "0"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--max-pixels").contains(" 0 ").contains("at least 1")
                .contains("e.g. --max-pixels 100000000").doesNotContain("maxPixels");
    }

    @Test
    void valueOfTheWrongTypeExitsOneLikeAnyOtherBadValueWithoutTheWholeUsage() {
        CliRun run = CliRun.of(lift("--max-pixels", "lots"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--max-pixels").contains("'lots'").contains("whole number")
                .contains("spatiallift lift --help").doesNotContain("Usage:").doesNotContain("a long");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAPointerToHelp() {
        CliRun run = CliRun.of(lift("--voxle", "0.02"));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(run.err()).contains("--voxle").contains("spatiallift lift --help");
    }

    @Test
    void exportToAnExistingFileSaysItIsAFileAndAsksForAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("dataset.txt"), "not a folder");

        CliRun run = CliRun.of("export", "--accepted-only", "--db", dir.resolve("none.db").toString(), "--out",
                file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--out " + file).contains("is a file, not a folder")
                .contains("Give --out a new or empty folder");
    }

    @Test
    void listLineWithAnUnknownFormatNamesTheFileLineAndTheFormats() throws IOException {
        Path list = Files.writeString(dir.resolve("frames.txt"), "# frames\nrgb.png depth.png format=png61\n");

        CliRun run = CliRun.of("generate", "--list", list.toString(), "--out", dir.resolve("ds-format").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(list + ":2").contains("format=png61").contains("png16")
                .doesNotContain("--depth-format");
    }

    @Test
    void listLineWithBadIntrinsicsNamesTheFileAndLine() throws IOException {
        Path list = Files.writeString(dir.resolve("frames-k.txt"), "rgb.png depth.png intrinsics=1,2,3\n");

        CliRun run = CliRun.of("generate", "--list", list.toString(), "--out", dir.resolve("ds-k").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(list + ":1").contains("intrinsics=").contains("1,2,3");
    }

    @Test
    void symlinkLoopIsReportedAsALoopNotAMissingFile() throws IOException {
        Path a = dir.resolve("loop-a.png");
        Path b = dir.resolve("loop-b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        CliRun run = CliRun.of("lift", "--image", a.toString(), "--depth", dir.resolve("depth.png").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(a.toString()).contains("symbolic link").contains("loop")
                .doesNotContain("file not found");
    }

    @Test
    void oversizedListFileIsRefusedBeforeReading() throws IOException {
        Path list = dir.resolve("huge-list.txt");
        try (RandomAccessFile f = new RandomAccessFile(list.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: costs no disk
        }

        CliRun run = CliRun.of("generate", "--list", list.toString(), "--out", dir.resolve("ds-huge").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(list.toString()).contains("3.0 GiB").contains("16 MiB").contains("list file");
    }

    @Test
    void oversizedNamesFileIsRefusedByLift() throws IOException {
        Path names = dir.resolve("huge-names.txt");
        try (RandomAccessFile f = new RandomAccessFile(names.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }

        CliRun run = CliRun.of(lift("--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(),
                "--names", names.toString()));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(names.toString()).contains("3.0 GiB").contains("16 MiB");
    }

    @Test
    void controlCharactersInObjectNamesReachTheTerminalEscaped() throws IOException {
        String names = Files.readString(dir.resolve("names.txt"), StandardCharsets.UTF_8);
        String hostile = names.replaceFirst("(?m)^(\\d+)\\s+(\\S)", "$1 \u001B[2J\u001B]0;pwned\u0007\u009B31m$2");
        assertThat(hostile).isNotEqualTo(names);
        Path hostileNames = Files.writeString(dir.resolve("hostile-names.txt"), hostile, StandardCharsets.UTF_8);
        String[] args = {"qa", "--image", dir.resolve("rgb.png").toString(), "--depth", dir.resolve("depth.png").toString(),
            "--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(), "--names",
            hostileNames.toString(), "--per-image", "40"};

        CliRun text = CliRun.of(args);
        CliRun lift = CliRun.of(lift("--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(),
                "--names", hostileNames.toString()));

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("\\u001B[2J").contains("\\u0007").contains("\\u009B31m");
        assertThat(lift.exitCode()).as(lift.err()).isZero();
        assertThat(lift.out()).contains("\\u001B[2J");
        for (CliRun r : new CliRun[] {text, lift}) {
            assertThat(r.out() + r.err()).doesNotContain("\u001B").doesNotContain("\u0007").doesNotContain("\u009B");
        }
    }

    @Test
    void jsonOutputEscapesControlCharactersIncludingC1() throws IOException {
        String names = Files.readString(dir.resolve("names.txt"), StandardCharsets.UTF_8);
        String hostile = names.replaceFirst("(?m)^(\\d+)\\s+(\\S)", "$1 \u001B[2J\u009B31m\u007F$2");
        Path hostileNames = Files.writeString(dir.resolve("hostile-json.txt"), hostile, StandardCharsets.UTF_8);

        CliRun run = CliRun.of(lift("--intrinsics", intrinsics, "--labels", dir.resolve("labels.png").toString(),
                "--names", hostileNames.toString(), "--json"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\\u001B[2J").doesNotContain("\u001B").doesNotContain("\u009B")
                .doesNotContain("\u007F");
    }
}

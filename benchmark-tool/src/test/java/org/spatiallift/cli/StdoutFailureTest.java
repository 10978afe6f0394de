package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import picocli.CommandLine;

/** Results that cannot be written to stdout (a full disk, a closed pipe) end the run with exit 1 and a message. */
class StdoutFailureTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void writeSample() throws IOException {
        SampleSceneWriter.write(SampleScenes.builtIn(), dir);
    }

    @Test
    void liftJsonToAFullDiskExitsOneWithAMessage() {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new FailingStream("No space left on device"), true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("lift", "--image", dir.resolve("rgb.png").toString(), "--depth",
                dir.resolve("depth.png").toString(), "--labels", dir.resolve("labels.png").toString(), "--names",
                dir.resolve("names.txt").toString(), "--json");

        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("the results could not be written to the standard output")
                .contains("Free some disk space");
    }

    @Test
    void aRealProcessWritingToDevFullExitsOneNamingTheCause() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full exists on Linux only");
        Process p = new ProcessBuilder(Subprocess.java(Main.class, "categories"))
                .redirectOutput(full).redirectError(dir.resolve("devfull.err").toFile()).start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("devfull.err"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err).contains("could not be written to the standard output (No space left on device)");
    }

    @Test
    void aRealProcessWritingToAClosedPipeExitsOne() throws Exception {
        assumeTrue(new File("/dev/full").exists(), "pipes closed early behave this way on Linux");
        Process p = new ProcessBuilder(Subprocess.java(Main.class, "categories"))
                .redirectError(dir.resolve("pipe.err").toFile()).start();
        p.getInputStream().close(); // the reader goes away before the first line is written

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("pipe.err"), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err).contains("could not be written to the standard output (Broken pipe)");
    }

    /** Every write fails with {@code message}. */
    private static final class FailingStream extends OutputStream {

        private final String message;

        FailingStream(String message) {
            this.message = message;
        }

        @Override
        public void write(int b) throws IOException {
            throw new IOException(message);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            throw new IOException(message);
        }
    }
}

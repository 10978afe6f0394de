package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void aDiskFullHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("cloud.ply"), "the previous cloud");

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> out.write(new byte[1 << 20]), FullDisk::new))
                .isInstanceOf(OutputException.class)
                .hasMessageStartingWith(target + ": could not be written (No space left on device)")
                .hasMessageContaining("Free some space on that disk")
                .hasMessageContaining("choose another folder");

        assertThat(target).hasContent("the previous cloud");
        assertThat(files()).containsExactly("cloud.ply");
    }

    @Test
    void aFailedWriteOfANewFileLeavesNothingAndTheRerunWrites() throws IOException {
        Path target = dir.resolve("scene.json");

        assertThatThrownBy(() -> AtomicOutput.write(target, out -> out.write(new byte[1 << 20]), FullDisk::new))
                .isInstanceOf(OutputException.class);
        assertThat(files()).isEmpty();

        AtomicOutput.writeString(target, "{}\n");

        assertThat(target).hasContent("{}");
        assertThat(files()).containsExactly("scene.json");
    }

    @Test
    void aFailureOfTheBodyItselfPassesUnchangedAndLeavesNothing() {
        IOException own = new IOException("the source went away");

        assertThatThrownBy(() -> AtomicOutput.write(dir.resolve("x.bin"), out -> {
            out.write(1);
            throw own;
        })).isSameAs(own);
        assertThat(files()).isEmpty();
    }

    @Test
    void copyCopiesAndClosingTheStreamInTheBodyIsHarmless() throws IOException {
        Path source = Files.write(dir.resolve("a.png"), new byte[] {1, 2, 3});

        AtomicOutput.copy(source, dir.resolve("b.png"));
        AtomicOutput.write(dir.resolve("c.bin"), out -> {
            out.write(7);
            out.close();
        });

        assertThat(dir.resolve("b.png")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(dir.resolve("c.bin")).hasBinaryContent(new byte[] {7});
        assertThat(files()).containsExactlyInAnyOrder("a.png", "b.png", "c.bin");
    }

    private Stream<String> filesStream() throws IOException {
        return Files.list(dir).map(p -> p.getFileName().toString());
    }

    private java.util.List<String> files() {
        try (Stream<String> s = filesStream()) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A disk with 64 KB free: writes past that fail as a full disk does. */
    private static final class FullDisk extends FilterOutputStream {

        private long left = 64 * 1024;

        FullDisk(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException("No space left on device");
            }
            left -= len;
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}

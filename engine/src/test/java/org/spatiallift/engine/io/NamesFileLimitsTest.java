package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names files are capped in size and in name length before they are read (issue #9). */
class NamesFileLimitsTest {

    @TempDir
    Path dir;

    @Test
    void namesFileOverTheSizeLimitIsRefusedBeforeReadingNamingItsSizeAndTheLimit() throws Exception {
        Path names = dir.resolve("names.txt");
        try (RandomAccessFile f = new RandomAccessFile(names.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024); // sparse: costs no disk
        }

        assertThatThrownBy(() -> LabelMapReader.readNames(names))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(names + ": ")
                .hasMessageContaining("3.0 GiB")
                .hasMessageContaining("16 MiB")
                .hasMessageContaining("names file");
    }

    @Test
    void overlongObjectNameIsRefusedNamingTheFileLineLengthAndLimit() throws Exception {
        Path names = Files.writeString(dir.resolve("names.txt"), "1 chair\n2 " + "x".repeat(5000) + "\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> LabelMapReader.readNames(names))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(names + ": line 2: ")
                .hasMessageContaining("5000 characters")
                .hasMessageContaining("at most " + PlausibleRanges.MAX_NAME_CHARS)
                .hasMessageContaining("Shorten");
    }

    @Test
    void nameAtTheLimitIsAccepted() throws Exception {
        String longest = "y".repeat(PlausibleRanges.MAX_NAME_CHARS);
        Path names = Files.writeString(dir.resolve("names.txt"), longest + "\n", StandardCharsets.UTF_8);

        assertThat(LabelMapReader.readNames(names)).containsEntry(1, longest);
    }
}

package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links that cannot be followed are reported as such, not as a missing file (issue #9). */
class FileChecksTest {

    @TempDir
    Path dir;

    @Test
    void symbolicLinkLoopIsReportedAsALoop() throws Exception {
        Path a = dir.resolve("a.png");
        Path b = dir.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);

        assertThatThrownBy(() -> FileChecks.requireReadableFile(a, "colour image"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(a + ": ")
                .hasMessageContaining("symbolic link")
                .hasMessageContaining("loop")
                .hasMessageContaining("colour image")
                .hasMessageNotContaining("file not found");
    }

    @Test
    void brokenSymbolicLinkNamesItsTarget() throws Exception {
        Path link = dir.resolve("depth.png");
        Path target = dir.resolve("gone.png");
        Files.createSymbolicLink(link, target);

        assertThatThrownBy(() -> FileChecks.requireReadableFile(link, "depth file"))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(link + ": ")
                .hasMessageContaining("symbolic link to " + target)
                .hasMessageContaining("does not exist");
    }
}

package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.io.InputException;

/** List-file lines the system cannot turn into paths (found by ListFileFuzzTest). */
class InputDiscoveryListTest {

    @TempDir
    Path dir;

    @Test
    void aNulInAPathIsBadInputNamingTheListFileAndLine() throws Exception {
        Path list = dir.resolve("frames.txt");
        Files.writeString(list, "# frames\ncolor/a.png depth/a\0.png\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> InputDiscovery.discover(List.of(), list, new InputDiscovery.Defaults(null, null, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(list + ":2")
                .hasMessageContaining("\"depth/a\\0.png\" is not a valid path")
                .hasMessageContaining("relative to the list file");
    }
}

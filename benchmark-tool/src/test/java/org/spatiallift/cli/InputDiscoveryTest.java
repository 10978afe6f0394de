package org.spatiallift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intrinsics read from a file beside an image keep the file's name, so a refusal names the file (issue #9). */
class InputDiscoveryTest {

    @TempDir
    Path dir;

    @Test
    void intrinsicsFromAFileBesideTheImageNameThatFile() throws Exception {
        Path image = Files.writeString(dir.resolve("rgb.png"), "x");
        Files.writeString(dir.resolve("depth.png"), "x");
        Path intrinsics = Files.writeString(dir.resolve("intrinsics.txt"), "1e-30,1e-30,319.5,239.5\n");

        InputItem item = InputDiscovery.item("rgb.png", image, new InputDiscovery.Defaults(null, null, null));

        assertThat(item.intrinsics()).isNotNull();
        assertThat(item.intrinsics().source()).isEqualTo(intrinsics.toString());
    }

    @Test
    void oversizedIntrinsicsFileIsAProblemOfThatImageNamingTheFile() throws Exception {
        Path image = Files.writeString(dir.resolve("rgb.png"), "x");
        Files.writeString(dir.resolve("depth.png"), "x");
        Path intrinsics = dir.resolve("intrinsics.txt");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(intrinsics.toFile(), "rw")) {
            f.setLength(1L << 32); // sparse
        }

        InputItem item = InputDiscovery.item("rgb.png", image, new InputDiscovery.Defaults(null, null, null));

        assertThat(item.problem()).contains(intrinsics.toString()).contains("4.0 GiB").contains("16 MiB");
    }
}

package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageLimitsTest {

    @TempDir
    Path dir;

    /** A valid PNG (correct CRCs) whose IHDR claims 30000x30000 8-bit grey with a tiny IDAT. */
    private Path hugePng(String name) throws Exception {
        byte[] idat = PngBytes.deflate(new byte[] {0, 0, 0, 0});
        return Files.write(dir.resolve(name), PngBytes.pngWithIdat(30000, 30000, 8, PngBytes.GREY, idat, null));
    }

    @Test
    void colorReaderRefusesHugeHeaderBeforeDecoding() throws Exception {
        Path png = hugePng("huge.png");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
                assertThatThrownBy(() -> ColorImageReader.read(png, ImageLimits.defaults()))
                        .isInstanceOf(InputException.class)
                        .hasMessageContaining(png.toString())
                        .hasMessageContaining("30000x30000")
                        .hasMessageContaining("900.0 megapixels")
                        .hasMessageContaining("limit of 100.0 megapixels")
                        .hasMessageContaining("raise the limit"));
    }

    @Test
    void depthAndLabelReadersRefuseHugeHeaderBeforeDecoding() throws Exception {
        byte[] idat = PngBytes.deflate(new byte[] {0, 0, 0});
        Path png = Files.write(dir.resolve("huge16.png"), PngBytes.pngWithIdat(30000, 30000, 16, PngBytes.GREY, idat, null));
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> DepthReader.read(png, DepthFormat.PNG16, null, ImageLimits.defaults()))
                    .hasMessageContaining(png.toString()).hasMessageContaining("30000x30000")
                    .hasMessageContaining("raise the limit");
            assertThatThrownBy(() -> LabelMapReader.read(png, null, ImageLimits.defaults()))
                    .hasMessageContaining(png.toString()).hasMessageContaining("30000x30000")
                    .hasMessageContaining("raise the limit");
        });
    }

    @Test
    void npyReaderRefusesHugeShapeBeforeAllocating() throws Exception {
        Path npy = Files.write(dir.resolve("huge.npy"),
                ArrayFiles.npyWithHeader("{'descr': '<f4', 'fortran_order': False, 'shape': (30000, 30000), }",
                        "<f4", false, 1, 1, new double[] {1}));
        assertThatThrownBy(() -> DepthReader.read(npy, DepthFormat.NPY, null, ImageLimits.defaults()))
                .hasMessageContaining(npy.toString()).hasMessageContaining("30000x30000")
                .hasMessageContaining("raise the limit");
    }

    @Test
    void checkRefusesImageOverCustomLimit() throws Exception {
        Path png = Files.write(dir.resolve("small.png"), PngBytes.png(20, 20, 8, PngBytes.GREY, new int[400], null));
        assertThatThrownBy(() -> ColorImageReader.read(png, new ImageLimits(399)))
                .hasMessageContaining(png.toString()).hasMessageContaining("20x20")
                .hasMessageContaining("(400 pixels), more than the limit of 399 pixels")
                .hasMessageContaining("raise the limit");
        assertThat(ColorImageReader.read(png, new ImageLimits(400)).image().width()).isEqualTo(20);
    }

    @Test
    void constructorRejectsLimitsOutsideOneArray() {
        assertThatThrownBy(() -> new ImageLimits(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ImageLimits(ImageLimits.MAX_ARRAY_PIXELS + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ImageLimits.defaults().maxPixels()).isEqualTo(100_000_000L);
    }
}

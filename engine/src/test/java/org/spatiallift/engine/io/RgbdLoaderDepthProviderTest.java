package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spatiallift.engine.image.DepthImage;

/** The loader's one new seam: without a depth file, depth comes from a DepthProvider for the decoded, upright image. */
class RgbdLoaderDepthProviderTest {

    @TempDir
    Path dir;

    @Test
    void providerGetsTheDecodedImageAndItsDepthIsUsed() throws Exception {
        Path img = photo(40, 30);
        LoadedInput in = RgbdLoader.load(RgbdRequest.of(img, null), (image, intrinsics, file) -> {
            assertThat(file).isEqualTo(img);
            assertThat(intrinsics.width()).isEqualTo(40);
            assertThat(intrinsics.height()).isEqualTo(30);
            float[] d = new float[image.width() * image.height()];
            java.util.Arrays.fill(d, 1.5f);
            return new DepthImage(image.width(), image.height(), d);
        });
        assertThat(in.input().depth().at(20, 15)).isEqualTo(1.5f);
        assertThat(in.input().depthFile()).isNull();
        assertThat(in.warnings()).contains(RgbdLoader.ESTIMATED_DEPTH, RgbdLoader.ESTIMATED_DEPTH_ASSUMED_FOCAL);
    }

    @Test
    void providerGetsTheGivenIntrinsicsAndNoAssumedFocalWarning() throws Exception {
        Path img = photo(40, 30);
        RgbdRequest given = RgbdRequest.of(img, null).withIntrinsics(IntrinsicsSpec.parse("50,51,20,15"));
        LoadedInput in = RgbdLoader.load(given, (image, intrinsics, file) -> {
            assertThat(intrinsics.fx()).isEqualTo(50.0);
            assertThat(intrinsics.fy()).isEqualTo(51.0);
            return new DepthImage(image.width(), image.height(), new float[image.width() * image.height()]);
        });
        assertThat(in.warnings()).contains(RgbdLoader.ESTIMATED_DEPTH)
                .doesNotContain(RgbdLoader.ESTIMATED_DEPTH_ASSUMED_FOCAL);
    }

    @Test
    void providerIsNotAskedWhenADepthFileIsGiven() throws Exception {
        Path img = photo(4, 3);
        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(img, dir.resolve("missing.png")), (image, intrinsics, file) -> {
            throw new AssertionError("not asked");
        })).isInstanceOf(InputException.class).hasMessageContaining("missing.png");
    }

    @Test
    void providerOfTheWrongSizeIsABug() throws Exception {
        Path img = photo(4, 3);
        assertThatThrownBy(() -> RgbdLoader.load(RgbdRequest.of(img, null), (image, intrinsics, file) -> new DepthImage(2, 2, new float[4])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("2x2 for a 4x3 image");
    }

    private Path photo(int w, int h) throws Exception {
        Path p = dir.resolve("p.png");
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", p.toFile());
        return p;
    }
}

package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spatiallift.engine.image.ColorImage;

/** The detector's resize: exact at the same size, half-pixel-centred bilinear otherwise. */
class ImageResizerTest {

    @Test
    void sameSizeIsAnExactCopyAsRgbFloats() {
        ColorImage img = new ColorImage(2, 1, new int[] {0x102030, 0xFF0080});
        assertThat(ImageResizer.toTensor(img, 2, 1)).containsExactly(16, 32, 48, 255, 0, 128);
    }

    @Test
    void upscalingTwoPixelsToFourUsesHalfPixelCentres() {
        // source x = (u + ½)·2/4 − ½ = −0.25 → 0, 0.25, 0.75, 1.25 → 1: values 0, 25, 75, 100 for a 0 → 100 ramp
        ColorImage img = new ColorImage(2, 1, new int[] {0x000000, 0x640000});
        float[] t = ImageResizer.toTensor(img, 4, 1);
        assertThat(new float[] {t[0], t[3], t[6], t[9]}).containsExactly(0, 25, 75, 100);
    }

    @Test
    void downscalingAnEvenImageAveragesPairs() {
        // 4 → 2: source x = (u + ½)·2 − ½ = 0.5, 2.5: the mean of pixels (0, 1) and (2, 3)
        ColorImage img = new ColorImage(4, 1, new int[] {0x000010, 0x000030, 0x000050, 0x000070});
        float[] t = ImageResizer.toTensor(img, 2, 1);
        assertThat(t[2]).isCloseTo(0x20, within(1e-4f));
        assertThat(t[5]).isCloseTo(0x60, within(1e-4f));
    }

    @Test
    void constantImageStaysConstantAtAnySize() {
        int[] px = new int[7 * 5];
        java.util.Arrays.fill(px, 0x336699);
        float[] t = ImageResizer.toTensor(new ColorImage(7, 5, px), 16, 16);
        for (int i = 0; i < t.length; i += 3) {
            assertThat(new float[] {t[i], t[i + 1], t[i + 2]}).containsExactly(0x33, 0x66, 0x99);
        }
    }
}

package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FrameSizeTest {

    @ParameterizedTest(name = "{0} × {1} at {2} × {3}")
    @CsvSource(textBlock = """
            640,   480,   1,    1,    640,  480
            640,   480,   2,    2,    1280, 960
            663.5, 401.2, 1,    1,    664,  402
            663.5, 401.2, 1.5,  1.5,  996,  602
            663.5, 401.2, 1.25, 2,    830,  803
            0,     0,     2,    2,    1,    1
            """)
    void ofDrawsDevicePixelsCoveringTheView(double w, double h, double sx, double sy, int pw, int ph) {
        FrameSize f = FrameSize.of(w, h, sx, sy);

        assertThat(f.width()).isEqualTo(pw);
        assertThat(f.height()).isEqualTo(ph);
        assertThat(f.viewWidth()).isGreaterThanOrEqualTo(w).isLessThan(Math.max(w, 1 / sx) + 1 / sx);
        assertThat(f.viewHeight()).isGreaterThanOrEqualTo(h).isLessThan(Math.max(h, 1 / sy) + 1 / sy);
    }

    @Test
    void devicePxScalesLineWidthsAndKeepsOnePixel() {
        assertThat(FrameSize.of(100, 100, 1, 1).devicePx(3)).isEqualTo(3);
        assertThat(FrameSize.of(100, 100, 2, 2).devicePx(3)).isEqualTo(6);
        assertThat(FrameSize.of(100, 100, 0.5, 0.5).devicePx(1)).isEqualTo(1);
    }

    @Test
    void sizeRefusesAnEmptyFrameOrAZeroScale() {
        assertThatThrownBy(() -> new FrameSize(0, 10, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FrameSize.of(10, 10, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

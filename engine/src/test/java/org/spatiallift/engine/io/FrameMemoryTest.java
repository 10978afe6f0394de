package org.spatiallift.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FrameMemoryTest {

    private static final long GB = 1L << 30;
    private final Path image = Path.of("big.png");

    @Test
    void aHundredMegapixelFrameIsRefusedUnderTwoGigabytesWithWhatItNeedsAndHowToGiveMore() {
        assertThatThrownBy(() -> FrameMemory.require(image, 10_000, 10_000, false, 2 * GB))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("big.png: a 10000x10000 frame (100.0 megapixels) needs about ")
                .hasMessageContaining("Java may use at most 2.0 GB here")
                .hasMessageContaining("SPATIALLIFT_JAVA_OPTS=-Xmx5g")
                .hasMessageContaining("--max-pixels")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((InputException) e).advice())
                        .as("the advice front ends say in their own terms").containsExactly(Advice.moreMemory(5L << 30)));
    }

    @Test
    void aCameraFrameFitsASmallHeapAndALabelMapCostsMore() {
        assertThatCode(() -> FrameMemory.require(image, 640, 480, true, 256L << 20)).doesNotThrowAnyException();
        assertThatCode(() -> FrameMemory.require(image, 4032, 3024, true, 2 * GB)).doesNotThrowAnyException();
        assertThat(FrameMemory.estimate(1_000_000, true)).isGreaterThan(FrameMemory.estimate(1_000_000, false));
    }
}

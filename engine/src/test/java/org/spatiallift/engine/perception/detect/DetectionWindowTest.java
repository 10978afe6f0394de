package org.spatiallift.engine.perception.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionWindowTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}")
    @CsvSource(textBlock = """
            640,  480, STRETCH
            1920, 1080, STRETCH
            1242, 375, TILES
            375, 1242, TILES
            1024, 512, STRETCH
            1025, 512, TILES
            """)
    void autoStretchesUpToTwiceTheInputsAspectAndTilesWiderFrames(int w, int h, InputFit expected) {
        assertThat(InputFit.AUTO.resolve(w, h, 512, 512)).isEqualTo(expected);
    }

    @Test
    void kittiFrameIsALetterboxedPassAndFiveOverlappingSquareTiles() {
        List<DetectionWindow> windows = DetectionWindow.layout(InputFit.TILES, 1242, 375, 512, 512);

        assertThat(windows.get(0)).isEqualTo(new DetectionWindow(0, 0, 1242, 375, false));
        List<DetectionWindow> tiles = windows.subList(1, windows.size());
        assertThat(tiles).hasSize(5).allSatisfy(t -> {
            assertThat(t.width()).isEqualTo(375);
            assertThat(t.height()).isEqualTo(375);
        });
        assertThat(tiles.get(0).x()).isZero();
        assertThat(tiles.get(4).x() + 375).isEqualTo(1242);
        for (int i = 1; i < tiles.size(); i++) {
            int overlap = tiles.get(i - 1).x() + 375 - tiles.get(i).x();
            assertThat(overlap).isGreaterThanOrEqualTo((int) (DetectionWindow.MIN_TILE_OVERLAP * 375));
        }
        // the letterboxed pass keeps the aspect ratio: 512 x 155 of the 512 x 512 input
        assertThat(windows.get(0).filled(512, 512)).containsExactly(512, 155);
    }

    @Test
    void aBoxCutByATileEdgeGivesWayToTheWholeBoxOfAnotherWindow() {
        DetectionWindow left = new DetectionWindow(0, 0, 375, 375, false);
        DetectionWindow right = new DetectionWindow(281, 0, 375, 375, false);
        Detection cut = new Detection("car", 2, 0.9, new PixelBox(300, 100, 375, 200));
        Detection whole = new Detection("car", 2, 0.6, new PixelBox(300, 100, 420, 200));
        Detection other = new Detection("person", 0, 0.5, new PixelBox(10, 10, 60, 150));

        List<Detection> merged = TileMerge.merge(List.of(new TileMerge.Found(cut, left),
                new TileMerge.Found(whole, right), new TileMerge.Found(other, left)), 656, 375, 100);

        assertThat(merged).containsExactly(whole, other);
    }
}

package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final double W = 400;
    private static final double H = 300;

    @Test
    void placeLabelSitsAboveRightOfItsAnchorWhenFree() {
        LabelSpot s = LabelPlacer.place(List.of(new LabelRequest(100, 100, 50, 16, 3)), W, H, List.of()).get(0);

        assertThat(s.visible()).isTrue();
        assertThat(s.moved()).isFalse();
        assertThat(s.box()).isEqualTo(new ScreenBox(100 + LabelPlacer.GAP, 100 - 16 - LabelPlacer.GAP, 50, 16));
    }

    @Test
    void placeLabelsOnOneAnchorDoNotOverlapAndTheMoreImportantKeepsItsPlace() {
        // the axis label given first, the object name second: the object name is more important
        List<LabelSpot> s = LabelPlacer.place(List.of(new LabelRequest(200, 150, 60, 16, 5),
                new LabelRequest(200, 150, 80, 16, 3)), W, H, List.of());

        assertThat(s).allMatch(LabelSpot::visible);
        assertThat(s.get(0).box().overlaps(s.get(1).box())).isFalse();
        assertThat(s.get(1).box().x()).isEqualTo(200 + LabelPlacer.GAP);
        assertThat(s.get(1).box().maxY()).isEqualTo(150 - LabelPlacer.GAP);
    }

    @Test
    void placeLabelNearTheEdgeStaysInsideTheView() {
        List<LabelSpot> s = LabelPlacer.place(List.of(new LabelRequest(W - 2, 5, 120, 16, 0),
                new LabelRequest(3, H - 1, 120, 16, 0)), W, H, List.of());

        assertThat(s).allMatch(LabelSpot::visible);
        assertThat(s).allMatch(x -> x.box().inside(W, H));
        assertThat(s).noneMatch(LabelSpot::moved);
    }

    @Test
    void placeManyLabelsOnOneAnchorHidesTheLeastImportantAndLeadsTheMovedOnes() {
        List<LabelRequest> crowd = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            crowd.add(new LabelRequest(60, 40, 110, 18, i));
        }
        List<LabelSpot> s = LabelPlacer.place(crowd, 240, 160, List.of());

        List<LabelSpot> shown = s.stream().filter(LabelSpot::visible).toList();
        for (int i = 0; i < shown.size(); i++) {
            assertThat(shown.get(i).box().inside(240, 160)).isTrue();
            for (int j = i + 1; j < shown.size(); j++) {
                assertThat(shown.get(i).box().overlaps(shown.get(j).box())).as("labels %d and %d", i, j).isFalse();
            }
        }
        assertThat(s.get(0).visible()).isTrue();
        assertThat(s.get(59).visible()).as("the least important").isFalse();
        int firstHidden = s.indexOf(s.stream().filter(x -> !x.visible()).findFirst().orElseThrow());
        assertThat(s.subList(0, firstHidden)).allMatch(LabelSpot::visible);
        assertThat(s.stream().filter(LabelSpot::moved).count()).isPositive();
        assertThat(s).filteredOn(LabelSpot::moved).allMatch(x -> x.box().distanceTo(60, 40) > LabelPlacer.MOVED_PX);
    }

    @Test
    void placeKeepsClearOfTheLegendAndHidesLabelsWhoseAnchorIsOffTheView() {
        ScreenBox legend = new ScreenBox(0, H - 60, 260, 60);
        List<LabelSpot> s = LabelPlacer.place(List.of(new LabelRequest(100, H - 30, 40, 16, 0),
                new LabelRequest(-5, 100, 40, 16, 0), new LabelRequest(100, H + 20, 40, 16, 0)), W, H, List.of(legend));

        assertThat(s.get(0).visible()).isTrue();
        assertThat(s.get(0).box().overlaps(legend)).isFalse();
        assertThat(s.get(0).moved()).isTrue();
        assertThat(s.get(1).visible()).isFalse();
        assertThat(s.get(2).visible()).isFalse();
    }
}

package org.spatiallift.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColourMapsTest {

    @Test
    void heatMapRunsFromBlueToRedAndClamps() {
        assertThat(ColourMaps.heat(-1)).isEqualTo(ColourMaps.heat(0)).isEqualTo(0x30123B);
        assertThat(ColourMaps.heat(2)).isEqualTo(0x7A0403);
        assertThat(ColourMaps.heatTable()).hasSize(256);
    }

    @Test
    void instanceColoursOfNeighbouringIdsDiffer() {
        for (int id = 1; id < 30; id++) {
            assertThat(ColourMaps.instance(id)).isNotEqualTo(ColourMaps.instance(id + 1));
        }
    }
}

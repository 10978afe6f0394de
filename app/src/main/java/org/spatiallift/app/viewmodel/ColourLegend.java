package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * A colour scale with its meaning: {@code colours} from the low end (index 0) to the high end, labelled ticks,
 * and a title that names the quantity, unit and frame ("depth along the optical axis (m, camera)").
 */
public record ColourLegend(String title, int[] colours, List<LegendTick> ticks) {

    public ColourLegend {
        ticks = List.copyOf(ticks);
    }
}

package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * A question answered over a sequence of frames, as the chart shows it.
 *
 * @param title   the question
 * @param axis    the value axis: the quantity and its unit ("centre_distance (m)")
 * @param frames  each frame's name, in sequence order
 * @param values  each frame's value in the unit of {@code axis}, NaN where the frame gives none
 * @param reasons why a frame gives no value ("no ball in this frame"), null where it gives one
 * @param summary one line: how many frames gave a value, the objects tracked, and what was measured
 */
public record SeriesChart(String title, String axis, List<String> frames, List<Double> values, List<String> reasons,
                          String summary) {

    public SeriesChart {
        frames = List.copyOf(frames);
        values = List.copyOf(values);
        reasons = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(reasons));
    }
}

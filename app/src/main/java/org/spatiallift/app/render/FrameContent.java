package org.spatiallift.app.render;

import java.util.List;

/**
 * What one frame shows: the cloud (every {@code stride}-th point), points drawn over it in their own colour (a
 * selection's highlight), lines and discs.
 */
public record FrameContent(PointSet cloud, int stride, PointSet highlight, List<Segment3> lines,
                           List<Marker3> markers) {

    public FrameContent {
        if (stride < 1) {
            throw new IllegalArgumentException("stride " + stride + ": draw every point (1) or every n-th (n > 1)");
        }
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
    }
}

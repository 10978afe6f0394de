package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * What the selected QA is about, to draw over the views: its objects (highlighted as a selection is) and the marks
 * of what it measured (none for relations drawn by the highlight alone, such as "bigger" or "near").
 */
public record QaOverlay(List<ObjectMarker> objects, ImagePixels mask, List<OverlaySegment> segments) {

    public QaOverlay {
        objects = List.copyOf(objects);
        segments = List.copyOf(segments);
    }
}

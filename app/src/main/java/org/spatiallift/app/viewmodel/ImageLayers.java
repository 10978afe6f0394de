package org.spatiallift.app.viewmodel;

import java.util.List;

/**
 * The 2D layers of a scene, all {@code width} x {@code height} pixels of the upright colour image: the colour image,
 * depth as a heat map, instance masks (translucent, instance colours), floor-plane inliers (translucent), and pixels
 * without usable depth (opaque where missing, clear elsewhere); captions of the masks and the depth legend.
 */
public record ImageLayers(int width, int height, ImagePixels rgb, ImagePixels depth, ImagePixels masks,
                          ImagePixels floor, ImagePixels missing, List<Caption> captions, ColourLegend depthLegend,
                          String floorDescription) {

    public ImageLayers {
        captions = List.copyOf(captions);
    }
}

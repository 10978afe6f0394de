package org.spatiallift.app.viewmodel;

/**
 * Colours of the drawn points in one mode, as mesh faces (see org.spatiallift.app.render.PointMeshes): for all drawn
 * points and for the moving-camera subset, and the legend of the mode (null for RGB).
 */
public record CloudColours(ColourMode mode, int[] faces, int[] lodFaces, ColourLegend legend) {
}

package org.spatiallift.engine.ask.series;

import org.spatiallift.engine.qa.QaScene;

/**
 * What a series measures in each frame: one quantity of the tracked objects of one lifted frame. Implementations are
 * stateless and thread-safe; {@link CategoryMeasure} measures with a QA category's own code.
 */
public interface FrameMeasure {

    /** The quantity measured, for files and plots ("centre_distance", "height"). */
    String quantity();

    /** The unit of every value ("m", "ratio", "o'clock", "count"). */
    String unit();

    /** How many objects the quantity is of (1 for a height, 2 for a distance). */
    int objectCount();

    /**
     * The value for {@code objects} (indices into {@code scene.objects()}, {@link #objectCount()} of them), or
     * {@link Measurement#missing} with the reason when this frame gives none (a near-touch, an object cut by the image
     * border, no gravity). Throws {@link IllegalArgumentException} only for indices that do not fit the scene.
     */
    Measurement measure(QaScene scene, int[] objects);
}

package org.spatiallift.engine.ask.series;

import org.spatiallift.engine.qa.QaScene;

/**
 * Which objects of the first frame a series is about: the question's objects grounded in that frame's scene. A
 * grounding that needs the user to choose (a description that fits several objects) throws its own exception, which
 * the series passes on.
 */
@FunctionalInterface
public interface ObjectChoice {

    /** Indices into {@code firstFrame.objects()}, in the measure's object order. */
    int[] choose(QaScene firstFrame);

    /** Always the objects at {@code indices}. */
    static ObjectChoice of(int... indices) {
        int[] copy = indices.clone();
        return scene -> copy.clone();
    }
}

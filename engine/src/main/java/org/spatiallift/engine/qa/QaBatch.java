package org.spatiallift.engine.qa;

import java.util.List;

/**
 * The QA generated for one scene.
 *
 * @param image       the scene's key
 * @param pairs       the QA, in generation order
 * @param tiesSkipped drawn questions skipped because the comparison was a near-tie (or had no clear answer)
 * @param skipReason  why the scene gave no QA at all (e.g. fewer than two usable objects), or null
 * @param excluded    objects left out as ambiguous
 * @param leaksSkipped drawn questions skipped because some object has no expression that does not state what the
 *                     question asks ("the leftmost chair" in a left/right question; see
 *                     {@link org.spatiallift.engine.qa.text.Aspect})
 */
public record QaBatch(String image, List<QaPair> pairs, int tiesSkipped, String skipReason,
                      List<ExcludedObject> excluded, int leaksSkipped) {

    /** A batch where no question was skipped for a leak. */
    public QaBatch(String image, List<QaPair> pairs, int tiesSkipped, String skipReason,
                   List<ExcludedObject> excluded) {
        this(image, pairs, tiesSkipped, skipReason, excluded, 0);
    }

    public QaBatch {
        pairs = List.copyOf(pairs);
        excluded = List.copyOf(excluded);
    }

    public boolean skipped() {
        return skipReason != null;
    }
}

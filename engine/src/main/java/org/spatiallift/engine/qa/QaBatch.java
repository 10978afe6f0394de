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
 */
public record QaBatch(String image, List<QaPair> pairs, int tiesSkipped, String skipReason,
                      List<ExcludedObject> excluded) {

    public QaBatch {
        pairs = List.copyOf(pairs);
        excluded = List.copyOf(excluded);
    }

    public boolean skipped() {
        return skipReason != null;
    }
}

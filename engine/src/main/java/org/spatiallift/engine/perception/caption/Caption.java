package org.spatiallift.engine.perception.caption;

import java.util.Arrays;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

/**
 * A caption written by an image captioning model.
 *
 * @param text        the decoded words, trimmed
 * @param tokenIds    the generated ids, without the start token and without the end token
 * @param reachedEnd  true when the model wrote its end token; false when generation stopped at the token limit
 * @param timings     pre-processing, inference (encoder and every decoder step), post-processing
 * @param provenance  the model that wrote it
 */
public record Caption(String text, int[] tokenIds, boolean reachedEnd, PhaseTimings timings, ModelProvenance provenance) {

    public Caption {
        tokenIds = tokenIds.clone();
    }

    @Override
    public int[] tokenIds() {
        return tokenIds.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Caption c && text.equals(c.text) && Arrays.equals(tokenIds, c.tokenIds) && reachedEnd == c.reachedEnd;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + Arrays.hashCode(tokenIds);
    }

    @Override
    public String toString() {
        return "Caption[" + text + (reachedEnd ? "" : " (cut at the token limit)") + "]";
    }
}

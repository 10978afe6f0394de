package org.spatiallift.engine.perception.embed;

import org.spatiallift.engine.perception.detect.ModelProvenance;
import org.spatiallift.engine.perception.runtime.FloatMaps;
import org.spatiallift.engine.perception.runtime.PhaseTimings;

/** An L2-normalised embedding (‖v‖₂ = 1), with the timings and the model's provenance. */
public record Embedding(float[] vector, PhaseTimings timings, ModelProvenance provenance) {

    public Embedding {
        vector = vector.clone();
    }

    @Override
    public float[] vector() {
        return vector.clone();
    }

    /** Cosine similarity (the dot product, both being unit vectors). */
    public double similarity(Embedding other) {
        return FloatMaps.cosine(vector, other.vector);
    }
}

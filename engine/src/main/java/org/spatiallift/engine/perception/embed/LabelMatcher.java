package org.spatiallift.engine.perception.embed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.perception.model.ModelException;

/**
 * Maps free-text names to known labels ("mug" → cup, "sofa" → couch) by the cosine similarity of their text
 * embeddings: label* = argmax_l cos(e(query), e(l)). Label embeddings are computed once.
 */
public final class LabelMatcher {

    private final TextEmbedder embedder;
    private final Map<String, Embedding> labels = new LinkedHashMap<>();

    public LabelMatcher(TextEmbedder embedder, List<String> labels) throws ModelException {
        this.embedder = embedder;
        for (String l : labels) {
            this.labels.put(l, embedder.embed(l));
        }
    }

    /** The best label for {@code query}. */
    public LabelMatch match(String query) throws ModelException {
        return rank(query).get(0);
    }

    /** Every label, most similar first. */
    public List<LabelMatch> rank(String query) throws ModelException {
        Embedding q = embedder.embed(query);
        List<LabelMatch> out = new ArrayList<>();
        labels.forEach((l, e) -> out.add(new LabelMatch(query, l, q.similarity(e))));
        out.sort(Comparator.comparingDouble(LabelMatch::similarity).reversed());
        return out;
    }
}

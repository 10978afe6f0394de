package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.perception.embed.Embedding;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.perception.model.ModelException;

/**
 * A category scorer on sentence embeddings (all-MiniLM-L6-v2): every neutral template is embedded once when the
 * scorer is made (46 categories × 20 templates); a question scores, per category, the largest cosine similarity
 * between its embedding and the category's templates. The embedder is not thread-safe, so calls to it are
 * serialised; the scorer does not close it.
 */
final class EmbeddingScorer implements CategoryScorer {

    /**
     * Below this cosine, no category is named. MiniLM puts any two short questions about objects near 0.4, and a
     * paraphrase of a template above 0.6.
     */
    static final double THRESHOLD = 0.55;

    private final TextEmbedder embedder;
    private final List<List<Embedding>> templates;

    EmbeddingScorer(TextEmbedder embedder, List<List<String>> neutralTemplates) throws ModelException {
        this.embedder = embedder;
        List<List<Embedding>> out = new ArrayList<>();
        for (List<String> texts : neutralTemplates) {
            List<Embedding> es = new ArrayList<>();
            for (String t : texts) {
                es.add(embedder.embed(t));
            }
            out.add(List.copyOf(es));
        }
        templates = List.copyOf(out);
    }

    @Override
    public double[] scores(String neutralQuestion) {
        Embedding q;
        try {
            synchronized (embedder) {
                q = embedder.embed(neutralQuestion);
            }
        } catch (ModelException e) {
            throw new IllegalStateException("the text embedding model failed on a question (" + e.getMessage()
                    + "); the reader falls back on its rules only when made without embeddings", e);
        }
        double[] out = new double[templates.size()];
        for (int i = 0; i < out.length; i++) {
            double best = 0;
            for (Embedding t : templates.get(i)) {
                best = Math.max(best, t.similarity(q));
            }
            out[i] = best;
        }
        return out;
    }

    @Override
    public double threshold() {
        return THRESHOLD;
    }

    @Override
    public String name() {
        return "all-minilm-l6-v2";
    }
}

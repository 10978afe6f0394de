package org.spatiallift.engine.ask.intent;

import java.util.ArrayList;
import java.util.List;

import org.spatiallift.engine.perception.embed.Embedding;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.perception.model.ModelException;

/**
 * A category scorer on sentence embeddings (all-MiniLM-L6-v2): the first {@value #PER_CATEGORY} neutral templates of
 * each category are embedded once, on the first question that needs them (460 embeddings, 5–20 s on a shared CPU);
 * a question scores, per category, the largest cosine similarity between its embedding and the category's templates.
 * The embedder is not thread-safe, so calls to it are serialised; the scorer does not close it.
 */
final class EmbeddingScorer implements CategoryScorer {

    /**
     * Below this cosine, no category is named. Of eleven questions no rule reads, MiniLM's right readings scored
     * 0.76–0.96 and its wrong ones 0.62–0.75; nonsense stays below 0.5.
     */
    static final double THRESHOLD = 0.65;

    /** Templates embedded per category: the first ones of each file, which say the question most directly. */
    static final int PER_CATEGORY = 10;

    private final TextEmbedder embedder;
    private final List<List<String>> texts;
    private List<List<Embedding>> templates;

    EmbeddingScorer(TextEmbedder embedder, List<List<String>> neutralTemplates) {
        this.embedder = embedder;
        this.texts = neutralTemplates.stream().map(t -> List.copyOf(t.subList(0, Math.min(PER_CATEGORY, t.size()))))
                .toList();
    }

    /** The templates' embeddings, made on first use (most questions never need them: a rule reads them). */
    private List<List<Embedding>> templates() throws ModelException {
        synchronized (embedder) {
            if (templates == null) {
                List<List<Embedding>> out = new ArrayList<>();
                for (List<String> category : texts) {
                    List<Embedding> es = new ArrayList<>();
                    for (String t : category) {
                        es.add(embedder.embed(t));
                    }
                    out.add(List.copyOf(es));
                }
                templates = List.copyOf(out);
            }
            return templates;
        }
    }

    @Override
    public double[] scores(String neutralQuestion) {
        Embedding q;
        List<List<Embedding>> templates;
        try {
            templates = templates();
            synchronized (embedder) {
                q = embedder.embed(neutralQuestion);
            }
        } catch (ModelException e) {
            throw new IllegalStateException("the text embedding model failed on a question (" + e.getMessage()
                    + "); a reader made without embeddings reads by its rules and tf-idf only", e);
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

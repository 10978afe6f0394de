package org.spatiallift.engine.ask.intent;

/**
 * How alike a question is to each category's own question templates, for questions no shape matched. The question
 * comes with its object mentions replaced by the neutral words the templates' slots were replaced by
 * ({@link NeutralTemplates}). Implementations are thread-safe after construction.
 */
interface CategoryScorer {

    /** Similarity of {@code neutralQuestion} to each category, indexed as the catalog's categories, in [0, 1]. */
    double[] scores(String neutralQuestion);

    /** The least best score at which the scorer is sure enough to name a category. */
    double threshold();

    /** A short name for messages and logs ("tf-idf", "all-minilm-l6-v2"). */
    String name();
}

package org.spatiallift.engine.perception.embed;

/** The known label closest to a free-text name, with the cosine similarity of their embeddings (−1..1). */
public record LabelMatch(String query, String label, double similarity) {
}

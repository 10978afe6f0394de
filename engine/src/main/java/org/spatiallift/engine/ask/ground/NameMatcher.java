package org.spatiallift.engine.ask.ground;

import java.util.Collection;

/**
 * Finds which of a scene's object names a word the synonym table does not know means ("settee" → couch), e.g. by
 * text embeddings ({@link EmbeddingNameMatcher}). Optional: grounding works without one.
 */
@FunctionalInterface
public interface NameMatcher {

    /** The name among {@code names} that {@code word} means, or null when none is close enough. */
    String match(String word, Collection<String> names);
}

package org.spatiallift.engine.ask.ground;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.embed.Embedding;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.perception.model.ModelException;

/**
 * {@link NameMatcher} by sentence embeddings (all-MiniLM-L6-v2): the name with the largest cosine similarity to the
 * word, when it is at least {@link #MIN_SIMILARITY} and ahead of the next name by {@link #MIN_LEAD}; otherwise none
 * (a guess between two names is worse than saying the object is not seen). Embeddings are cached. Not thread-safe
 * (one per chat, as the embedder).
 */
public final class EmbeddingNameMatcher implements NameMatcher {

    /** Cosine similarity a word needs to the name it is taken to mean. */
    public static final double MIN_SIMILARITY = 0.6;
    /** How far ahead of the next name the best one must be. */
    public static final double MIN_LEAD = 0.05;
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingNameMatcher.class);

    private final TextEmbedder embedder;
    private final Map<String, Embedding> cache = new HashMap<>();

    public EmbeddingNameMatcher(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    @Override
    public String match(String word, Collection<String> names) {
        try {
            Embedding w = embed(word);
            String best = null;
            double bestS = -2, second = -2;
            for (String n : names) {
                double s = w.similarity(embed(n));
                if (s > bestS) {
                    second = bestS;
                    bestS = s;
                    best = n;
                } else if (s > second) {
                    second = s;
                }
            }
            return bestS >= MIN_SIMILARITY && bestS - second >= MIN_LEAD ? best : null;
        } catch (ModelException e) {
            LOG.warn("text embedding failed, so \"{}\" is matched by the synonym table only: {}", word, e.getMessage());
            return null;
        }
    }

    private Embedding embed(String text) throws ModelException {
        Embedding e = cache.get(text);
        if (e == null) {
            e = embedder.embed(text);
            cache.put(text, e);
        }
        return e;
    }
}

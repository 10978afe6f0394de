package org.spatiallift.engine.ask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.ask.ground.EmbeddingNameMatcher;
import org.spatiallift.engine.ask.ground.NameMatcher;
import org.spatiallift.engine.ask.intent.QuestionReader;
import org.spatiallift.engine.perception.embed.TextEmbedder;
import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.qa.QaScene;

/**
 * What every entry point (the command line's {@code ask}, the app's Chat tab, benchmarks) answers questions with,
 * loaded once: the question reader and the name matcher on the all-MiniLM-L6-v2 sentence embeddings (installed from
 * the class path into the model cache, offline, when missing), or on rules alone when the embeddings cannot be
 * opened (then {@link #fallbackReason()} says why). Used by one thread at a time; close it when done.
 */
public final class AskKit implements AutoCloseable {

    /** The sentence-embedding model questions and object names are compared with. */
    public static final String EMBEDDING_MODEL = "all-minilm-l6-v2";
    private static final Logger LOG = LoggerFactory.getLogger(AskKit.class);

    private final TextEmbedder embedder;
    private final IntentReader reader;
    private final NameMatcher names;
    private final String fallbackReason;

    private AskKit(TextEmbedder embedder, IntentReader reader, NameMatcher names, String fallbackReason) {
        this.embedder = embedder;
        this.reader = reader;
        this.names = names;
        this.fallbackReason = fallbackReason;
    }

    /** The reader on embeddings from {@code store} (installed offline from the class path when missing). */
    public static AskKit open(ModelStore store) {
        TextEmbedder embedder = null;
        try {
            ModelManifest m = ModelManifests.resolve(EMBEDDING_MODEL);
            if (!store.isDownloaded(m)) {
                new ModelInstaller(store, true).install(m, null, DownloadProgress.NONE);
            }
            embedder = TextEmbedder.open(store.locate(m), InferenceOptions.defaults());
            return new AskKit(embedder, QuestionReader.withEmbeddings(embedder), new EmbeddingNameMatcher(embedder),
                    null);
        } catch (ModelException | RuntimeException e) {
            if (embedder != null) {
                embedder.close();
            }
            String why = "the sentence embeddings (" + EMBEDDING_MODEL + ") could not be opened: " + e.getMessage()
                    + "; questions are read by rules alone, and object names the synonym table lacks are not matched";
            LOG.warn("{}", why);
            return new AskKit(null, QuestionReader.rules(), null, why);
        }
    }

    /** A reader on rules alone (no model): for tests and where the embeddings are not wanted. */
    public static AskKit rules() {
        return new AskKit(null, QuestionReader.rules(), null, "rules only were asked for");
    }

    /** An asker for {@code scene}, sharing this kit's reader and matcher. */
    public Asker asker(QaScene scene, AskOptions options) {
        return new Asker(scene, options, reader, names);
    }

    public IntentReader reader() {
        return reader;
    }

    /** Why the reader runs on rules alone, or null when it has the embeddings. */
    public String fallbackReason() {
        return fallbackReason;
    }

    @Override
    public void close() {
        if (embedder != null) {
            embedder.close();
        }
    }
}

package org.spatiallift.engine.perception.filter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.embed.ClipTokenizer;
import org.spatiallift.engine.perception.embed.ImageTextEmbedder;
import org.spatiallift.engine.perception.embed.TextTokensFactory;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * Chooses the scene filter, the same way for the CLI and the app: {@value #RULES} → the rules; a model id or manifest
 * JSON → that CLIP-style model (an error when it is not installed or not image_text_embedding); nothing → the first
 * built-in image_text_embedding model (index order) whose files are in the cache, else the rules. An installed model
 * is used only with a tokenizer for its text tower ({@link #defaultTokenizer()}); without one, or when the model
 * cannot be opened, the rules decide and the reason says why.
 */
public final class SceneFilters {

    /** The request for the rules. */
    public static final String RULES = RuleSceneFilter.METHOD;

    private static final Logger LOG = LoggerFactory.getLogger(SceneFilters.class);

    private SceneFilters() {
    }

    /**
     * The tokenizer of the built-in CLIP models: CLIP's byte-level BPE ({@link ClipTokenizer}) from the vocabulary and
     * merges files the model's manifest lists.
     */
    public static TextTokensFactory defaultTokenizer() {
        return model -> ClipTokenizer.of(model)::encode;
    }

    public static SceneFilterChoice choose(ModelStore store, String request, TextTokensFactory tokenizer,
            InferenceOptions options) throws ModelException {
        if (RULES.equals(request)) {
            return rules("asked for");
        }
        if (request != null && !request.isBlank()) {
            ModelManifest m = ModelManifests.resolve(request);
            if (m.role() != ModelRole.IMAGE_TEXT_EMBEDDING) {
                throw new ModelException(null, "scene filter " + request + ": model " + m.id() + " is a " + m.role()
                        + ", not image_text_embedding", "Give a CLIP-style model (bin/spatiallift models list) or " + RULES);
            }
            if (tokenizer == null) {
                throw new ModelException(null, "scene filter " + m.id() + ": this build has no tokenizer for the CLIP"
                        + " text tower", "Use " + RULES + " until the CLIP tokenizer is part of SpatialLift");
            }
            return open(store.locate(m), tokenizer, options, "asked for");
        }
        ModelManifest installed = firstInstalled(store);
        if (installed == null) {
            return rules("no CLIP model installed");
        }
        if (tokenizer == null) {
            return rules("CLIP model " + installed.id() + " is installed, but this build has no tokenizer for its text tower");
        }
        try {
            return open(store.locate(installed), tokenizer, options, "installed");
        } catch (ModelException e) {
            LOG.warn("installed CLIP model {} cannot be used, the rules decide: {}", installed.id(), e.getMessage());
            return rules("installed CLIP model " + installed.id() + " cannot be used: " + e.getMessage());
        }
    }

    /** The first built-in image–text model whose files are in the cache, or null. */
    public static ModelManifest firstInstalled(ModelStore store) throws ModelException {
        return store.firstInstalled(ModelRole.IMAGE_TEXT_EMBEDDING);
    }

    private static SceneFilterChoice open(LocatedModel model, TextTokensFactory tokenizer, InferenceOptions options,
            String reason) throws ModelException {
        ModelManifest m = model.manifest();
        ImageTextEmbedder clip = ImageTextEmbedder.open(model, options);
        try {
            ClipSceneFilter filter = ClipSceneFilter.create(clip, m.id(), tokenizer.open(model), ScenePrompts.builtIn(),
                    m.decoderDouble("logit_scale", ClipSceneFilter.DEFAULT_LOGIT_SCALE), ClipSceneFilter.DEFAULT_MIN_ACCEPT,
                    RuleSceneFilter.defaults());
            return new SceneFilterChoice(filter, m.id(), reason, clip);
        } catch (ModelException | RuntimeException e) {
            clip.close();
            throw e;
        }
    }

    private static SceneFilterChoice rules(String reason) {
        return new SceneFilterChoice(RuleSceneFilter.defaults(), RULES, reason, null);
    }
}

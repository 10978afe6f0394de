package org.spatiallift.engine.perception.filter;

import org.spatiallift.engine.perception.embed.ClipTokenizer;
import org.spatiallift.engine.perception.embed.ImageTextEmbedder;
import org.spatiallift.engine.perception.embed.TextTokensFactory;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.OptionalModels;
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

    private SceneFilters() {
    }

    /**
     * The tokenizer of the built-in CLIP models: CLIP's byte-level BPE ({@link ClipTokenizer}) from the vocabulary and
     * merges files the model's manifest lists.
     */
    public static TextTokensFactory defaultTokenizer() {
        return model -> ClipTokenizer.of(model)::encode;
    }

    /** How a CLIP-style model is asked for and what stands in without one. */
    public static final OptionalModels.Kind KIND = new OptionalModels.Kind(ModelRole.IMAGE_TEXT_EMBEDDING,
            "--scene-filter", "CLIP model", RULES);

    /** @param tokenizer builds the text tower's tokenizer; null leaves the rules to decide, with that reason */
    public static SceneFilterChoice choose(ModelStore store, String request, TextTokensFactory tokenizer,
            InferenceOptions options) throws ModelException {
        return OptionalModels.choose(store, KIND, request, (model, reason) -> open(model, tokenizer, options, reason),
                SceneFilters::rules);
    }


    private static SceneFilterChoice open(LocatedModel model, TextTokensFactory tokenizer, InferenceOptions options,
            String reason) throws ModelException {
        ModelManifest m = model.manifest();
        if (tokenizer == null) {
            throw new ModelException(null, "model " + m.id() + ": no tokenizer for the CLIP text tower",
                    "Use " + RULES + ", or a build with the CLIP tokenizer");
        }
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

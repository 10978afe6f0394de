package org.spatiallift.engine.perception.caption;

import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.OptionalModels;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * Chooses the object captioner, like the mask source and the scene filter are chosen: {@value #NONE} → none; a model
 * id or manifest JSON → that model (an error when it is not installed or not a captioner); nothing → the first
 * built-in captioner (index order) whose files are in the cache, else none. An installed model that cannot be opened
 * leaves the captions to the measured attributes, and the reason says why.
 */
public final class Captioners {

    /** The request for no model captions. */
    public static final String NONE = "none";

    private Captioners() {
    }

    /** How a captioner is asked for and what stands in without one. */
    public static final OptionalModels.Kind KIND = new OptionalModels.Kind(ModelRole.CAPTIONER, "--captioner",
            "captioner", NONE);

    public static CaptionerChoice choose(ModelStore store, String request, InferenceOptions options)
            throws ModelException {
        return OptionalModels.choose(store, KIND, request,
                (model, reason) -> new CaptionerChoice(ImageCaptioner.open(model, options), model.manifest().id(), reason),
                reason -> new CaptionerChoice(null, NONE, reason));
    }

}

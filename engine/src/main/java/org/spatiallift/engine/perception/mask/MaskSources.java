package org.spatiallift.engine.perception.mask;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.OptionalModels;
import org.spatiallift.engine.perception.runtime.InferenceOptions;
import org.spatiallift.engine.perception.segment.BoxSegmenter;

/**
 * Chooses the mask source, the same way for the CLI ({@code lift --detect --segmenter ID|grabcut}) and the app:
 * <ul>
 *   <li>{@value #GRABCUT} → GrabCut and depth;</li>
 *   <li>a model id or manifest JSON → that box segmenter; not installed, not a box_segmenter or damaged is an error
 *       naming the model and what to do;</li>
 *   <li>nothing ({@code null}) → the first built-in box_segmenter (index order) whose files are in the cache, verified
 *       and opened; GrabCut when there is none, or when the installed one cannot be used (the reason says why).</li>
 * </ul>
 */
public final class MaskSources {

    /** The request for GrabCut. */
    public static final String GRABCUT = GrabCutMaskSource.NAME;

    private MaskSources() {
    }

    /** How a box segmenter is asked for and what stands in without one. */
    public static final OptionalModels.Kind KIND = new OptionalModels.Kind(ModelRole.BOX_SEGMENTER, "--segmenter",
            "box segmenter", GRABCUT);

    public static MaskSourceChoice choose(ModelStore store, String request, MaskParameters parameters,
            InferenceOptions options) throws ModelException {
        return OptionalModels.choose(store, KIND, request, (model, reason) -> open(model, parameters, options, reason),
                reason -> grabCut(parameters, reason));
    }


    private static MaskSourceChoice open(LocatedModel model, MaskParameters parameters, InferenceOptions options,
            String reason) throws ModelException {
        BoxSegmenter segmenter = BoxSegmenter.open(model, options);
        return new MaskSourceChoice(new SegmenterMaskSource(segmenter, parameters), model.manifest().id(), reason, segmenter);
    }

    private static MaskSourceChoice grabCut(MaskParameters parameters, String reason) {
        return new MaskSourceChoice(new GrabCutMaskSource(parameters), GRABCUT, reason, null);
    }
}

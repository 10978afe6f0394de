package org.spatiallift.engine.perception.mask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
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

    private static final Logger LOG = LoggerFactory.getLogger(MaskSources.class);

    private MaskSources() {
    }

    public static MaskSourceChoice choose(ModelStore store, String request, MaskParameters parameters,
            InferenceOptions options) throws ModelException {
        if (GRABCUT.equals(request)) {
            return grabCut(parameters, "asked for");
        }
        if (request != null && !request.isBlank()) {
            ModelManifest m = ModelManifests.resolve(request);
            if (m.role() != ModelRole.BOX_SEGMENTER) {
                throw new ModelException(null, "--segmenter " + request + ": model " + m.id() + " is a " + m.role()
                        + ", not a box_segmenter", "Give a box-prompted segmenter (bin/spatiallift models list) or "
                        + GRABCUT);
            }
            return open(store.locate(m), parameters, options, "asked for");
        }
        ModelManifest installed = firstInstalled(store);
        if (installed == null) {
            return grabCut(parameters, "no box segmenter installed");
        }
        try {
            return open(store.locate(installed), parameters, options, "installed");
        } catch (ModelException e) {
            LOG.warn("installed box segmenter {} cannot be used, masks from GrabCut: {}", installed.id(), e.getMessage());
            return grabCut(parameters, "installed box segmenter " + installed.id() + " cannot be used: " + e.getMessage());
        }
    }

    /** The first built-in box segmenter whose files are in the cache, or null. */
    public static ModelManifest firstInstalled(ModelStore store) throws ModelException {
        return store.firstInstalled(ModelRole.BOX_SEGMENTER);
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

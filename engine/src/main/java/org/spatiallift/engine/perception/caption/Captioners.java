package org.spatiallift.engine.perception.caption;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
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

    private static final Logger LOG = LoggerFactory.getLogger(Captioners.class);

    private Captioners() {
    }

    public static CaptionerChoice choose(ModelStore store, String request, InferenceOptions options)
            throws ModelException {
        if (NONE.equals(request)) {
            return new CaptionerChoice(null, NONE, "asked for");
        }
        if (request != null && !request.isBlank()) {
            ModelManifest m = ModelManifests.resolve(request);
            if (m.role() != ModelRole.CAPTIONER) {
                throw new ModelException(null, "--captioner " + request + ": model " + m.id() + " is a " + m.role()
                        + ", not a captioner", "Give a captioning model (bin/spatiallift models list) or " + NONE);
            }
            return new CaptionerChoice(ImageCaptioner.open(store.locate(m), options), m.id(), "asked for");
        }
        ModelManifest installed = firstInstalled(store);
        if (installed == null) {
            return new CaptionerChoice(null, NONE, "no captioner installed");
        }
        try {
            return new CaptionerChoice(ImageCaptioner.open(store.locate(installed), options), installed.id(), "installed");
        } catch (ModelException e) {
            LOG.warn("installed captioner {} cannot be used, captions from measured attributes: {}", installed.id(),
                    e.getMessage());
            return new CaptionerChoice(null, NONE, "installed captioner " + installed.id() + " cannot be used: "
                    + e.getMessage());
        }
    }

    /** The first built-in captioner whose files are in the cache, or null. */
    public static ModelManifest firstInstalled(ModelStore store) throws ModelException {
        return store.firstInstalled(ModelRole.CAPTIONER);
    }
}

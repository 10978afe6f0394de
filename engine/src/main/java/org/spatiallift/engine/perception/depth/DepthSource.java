package org.spatiallift.engine.perception.depth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.camera.Intrinsics;
import org.spatiallift.engine.image.ColorImage;
import org.spatiallift.engine.image.DepthImage;
import org.spatiallift.engine.io.Advice;
import org.spatiallift.engine.io.DepthProvider;
import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelRole;
import org.spatiallift.engine.perception.model.ModelStore;
import org.spatiallift.engine.perception.runtime.InferenceOptions;

/**
 * Depth for a lift that has no depth file, from a metric depth model in the cache. The model is, in this order: the
 * one the user named ({@code --depth-model ID|JSON}), else the first installed {@code metric_depth} model among the
 * built-in manifests in index order. With none it fails with a message offering to install a model that can be
 * downloaded, with the exact command, or to give a depth file. It never invents depth and never downloads: relative
 * depth models are not used here because they need a metric reference ({@link DepthScaleFit}). The model is opened
 * once, on first use, and shared: {@link #depthFor} runs one image at a time (callers on several threads wait for
 * each other); {@link #close()} releases it.
 */
public final class DepthSource implements DepthProvider, AutoCloseable {

    /** The model the "no depth" message offers to install: downloadable, pinned, 151 MB. */
    public static final String SUGGESTED_MODEL = "metric3d-vit-small";

    /** The command that installs {@link #SUGGESTED_MODEL}. */
    public static final String INSTALL_COMMAND = "bin/spatiallift models install " + SUGGESTED_MODEL;

    private static final Logger LOG = LoggerFactory.getLogger(DepthSource.class);

    private final ModelStore store;
    private final String modelIdOrFile;
    private final InferenceOptions options;
    private DepthPrediction last;
    private LocatedModel opened;
    private DepthEstimator estimator;

    /** @param modelIdOrFile the model the user chose, or null for the first installed built-in metric depth model */
    public DepthSource(ModelStore store, String modelIdOrFile, InferenceOptions options) {
        this.store = store;
        this.modelIdOrFile = modelIdOrFile;
        this.options = options;
    }

    @Override
    public synchronized DepthImage depthFor(ColorImage image, Intrinsics intrinsics, Path imageFile)
            throws InputException {
        if (estimator == null) {
            opened = resolve(imageFile);
            estimator = DepthEstimator.open(opened, options);
        }
        last = estimator.predict(image, intrinsics);
        LOG.info("depth for {} from model {} in {} ms ({})", imageFile, opened.manifest().id(),
                Math.round(last.timings().totalMs()), last.provenance().sessionOptions().getOrDefault("focal_rescale",
                        "no focal rescaling"));
        return last.toDepthImage();
    }

    /** The model that gave depth so far (resolved and verified once, on first use), or null before any. */
    public synchronized LocatedModel usedModel() {
        return opened;
    }

    /** The prediction behind the last depth returned (timings, provenance), or null. */
    public synchronized DepthPrediction lastPrediction() {
        return last;
    }

    @Override
    public synchronized void close() {
        if (estimator != null) {
            estimator.close();
            estimator = null;
        }
    }

    /** The model that would be used, verified; or the error telling the user what to do. */
    public LocatedModel resolve(Path imageFile) throws InputException {
        if (modelIdOrFile != null) {
            ModelManifest m = ModelManifests.resolve(modelIdOrFile);
            if (m.role() != ModelRole.METRIC_DEPTH) {
                throw InputException.forValue("--depth-model", m.id() + " is a " + m.role() + " model, not metric_depth",
                        "Choose a metric depth model (bin/spatiallift models list)");
            }
            return store.locate(m);
        }
        List<String> installedButBroken = new ArrayList<>();
        List<Advice> reinstall = new ArrayList<>();
        for (ModelManifest m : ModelManifests.builtIn()) {
            if (m.role() == ModelRole.METRIC_DEPTH && store.isDownloaded(m)) {
                try {
                    return store.locate(m);
                } catch (ModelException e) {
                    // its remedy is the advice below, which each front end says in its own terms
                    installedButBroken.add((e.file() == null ? "" : e.file() + ": ") + e.problem());
                    reinstall.add(ModelStore.installAdvice(m));
                }
            }
        }
        if (!installedButBroken.isEmpty()) {
            throw new ModelException(imageFile, "no depth file and the installed depth model does not verify: "
                    + installedButBroken.get(0), "Give --depth FILE or reinstall the model")
                    .advise(Advice.CHOOSE_DEPTH_FILE, reinstall.get(0));
        }
        throw new InputException(imageFile, "no depth file and no depth model installed",
                Advice.CHOOSE_DEPTH_FILE.commandLine() + " or run " + INSTALL_COMMAND
                        + (store.root().equals(ModelStore.configured().root()) ? "" : " --models-dir " + store.root())
                        + " (needs network, 151 MB; then depth is estimated from the photo, not measured, and the QA"
                        + " provenance says so); SpatialLift never invents depth")
                .advise(Advice.CHOOSE_DEPTH_FILE, Advice.installModel(SUGGESTED_MODEL, true));
    }
}

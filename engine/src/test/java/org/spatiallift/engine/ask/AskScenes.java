package org.spatiallift.engine.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.spatiallift.engine.frame.CameraOrientation;
import org.spatiallift.engine.frame.CanonicalFrame;
import org.spatiallift.engine.frame.SupportKind;
import org.spatiallift.engine.geom.Box3;
import org.spatiallift.engine.geom.OrientedBox;
import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.qa.Margins;
import org.spatiallift.engine.qa.QaScene;
import org.spatiallift.engine.qa.SceneSource;
import org.spatiallift.engine.qa.UniqueNameDescriber;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleScenes;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/** Scenes for the ask tests: the built-in sample, lifted once, and random rooms of labelled boxes. */
public final class AskScenes {

    /** Labels of the random rooms; repeated labels get positional descriptions ("the chair on the left"). */
    static final String[] LABELS = {"chair", "chair", "table", "couch", "cup", "floor lamp", "potted plant", "box",
        "tv", "bed", "cabinet", "chair", "box"};
    private static SampleScene sample;
    private static LiftResult sampleLift;

    private AskScenes() {
    }

    /** The built-in sample room lifted with its label map (as {@code ask --sample} does). */
    public static synchronized LiftResult sampleLift() {
        if (sampleLift == null) {
            sample = SampleScenes.builtIn();
            sampleLift = new LiftPipeline().run(new LiftInput(sample.color(), sample.depth(), sample.intrinsics(),
                    new ObjectLabels(sample.labels(), sample.names()), null, null), LiftParameters.defaults(), List.of(),
                    ProgressListener.NONE, Cancellation.NEVER);
        }
        return sampleLift;
    }

    public static QaScene sample() {
        return QaScene.of("builtin", sampleLift(), Margins.defaults(), SceneSource.SYNTHETIC)
                .withObjectsDeclaredComplete(true);
    }

    /**
     * A random room: 4 to 9 boxes with labels from {@link #LABELS} (so some share a label), in front of a camera 1.5 m
     * high, some lifted off the floor, described by {@link UniqueNameDescriber} (objects it cannot tell apart are
     * left out).
     */
    public static QaScene synthetic(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 4 + rng.nextInt(6);
        List<SceneObject> objects = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double w = rng.nextDouble(0.15, 1.2), d = rng.nextDouble(0.15, 1.2), h = rng.nextDouble(0.1, 1.5);
            double x = rng.nextDouble(-3, 3), y = rng.nextDouble(1, 6);
            double z = rng.nextInt(4) == 0 ? rng.nextDouble(0.2, 1.2) : 0;
            objects.add(object(i, LABELS[rng.nextInt(LABELS.length)], x, y, z, w, d, h));
        }
        return QaScene.of("synthetic-" + seed, objects, frame(), new UniqueNameDescriber(Margins.defaults()),
                SceneSource.SYNTHETIC).withObjectsDeclaredComplete(true);
    }

    /** An object centred at (x, y) with its bottom at z, width w (x), depth d (y), height h (z). */
    public static SceneObject object(int id, String name, double x, double y, double z, double w, double d, double h) {
        Box3 b = new Box3(new Vec3(x - w / 2, y - d / 2, z), new Vec3(x + w / 2, y + d / 2, z + h));
        return new SceneObject(id, name, 500, 0, b.center(), b, new OrientedBox(b.center(), b.extents(), 0), z, z < 0.05,
                new int[0], Double.NaN, null, null, null);
    }

    /** A gravity-aligned frame of a camera 1.5 m above the floor. */
    public static CanonicalFrame frame() {
        return new CanonicalFrame(true, SupportKind.FLOOR, "test", null, new Vec3(0, 1, 0), null, 1.5,
                new CameraOrientation(0, 0), 0.5);
    }
}

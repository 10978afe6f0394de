package org.spatiallift.engine.perception.describe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spatiallift.engine.geom.Vec3;
import org.spatiallift.engine.pipeline.Cancellation;
import org.spatiallift.engine.pipeline.LiftInput;
import org.spatiallift.engine.pipeline.LiftParameters;
import org.spatiallift.engine.pipeline.LiftPipeline;
import org.spatiallift.engine.pipeline.LiftResult;
import org.spatiallift.engine.pipeline.ProgressListener;
import org.spatiallift.engine.sample.CameraSpec;
import org.spatiallift.engine.sample.ObjectSpec;
import org.spatiallift.engine.sample.RoomSpec;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SceneRenderer;
import org.spatiallift.engine.sample.SceneSpec;
import org.spatiallift.engine.sample.Shape;
import org.spatiallift.engine.scene.ObjectLabels;
import org.spatiallift.engine.scene.SceneObject;

/**
 * Small rendered scenes whose objects share labels: a grey room, the camera 1.5 m high looking 25° down, objects
 * placed by (label, colour, x, y, size) and lifted through the whole pipeline with their label as name.
 */
final class DescribedScenes {

    private final List<ObjectSpec> objects = new ArrayList<>();
    private final Map<Integer, String> labels = new HashMap<>();

    static DescribedScenes scene() {
        return new DescribedScenes();
    }

    /** A box of edge lengths (w, d, h) metres, footprint centred at canonical (x, y). */
    DescribedScenes box(String label, int rgb, double x, double y, double w, double d, double h) {
        return add(label, ObjectSpec.simple(label + " " + (objects.size() + 1), Shape.BOX, rgb, x, y, new Vec3(w, d, h), 0));
    }

    /** A vertical cylinder of diameter dia and height h at (x, y). */
    DescribedScenes cylinder(String label, int rgb, double x, double y, double dia, double h) {
        return add(label, ObjectSpec.simple(label + " " + (objects.size() + 1), Shape.CYLINDER, rgb, x, y,
                new Vec3(dia, dia, h), 0));
    }

    private DescribedScenes add(String label, ObjectSpec spec) {
        objects.add(spec);
        labels.put(SceneSpec.idOf(objects.size() - 1), label);
        return this;
    }

    /** The lifted objects, each described, in instance-id order (the order they were added). */
    List<SceneObject> lift() {
        return liftResult().objects();
    }

    /** The whole lift result (cloud, frame, described objects). */
    LiftResult liftResult() {
        SceneSpec spec = new SceneSpec(new RoomSpec(3.5, 3.5, 6.0, 1.0, 2.6, false, 0xB0ABA0, 0xDCD8CF),
                new CameraSpec(1.5, 25, 0, 70, 640, 480), objects);
        SampleScene s = new SceneRenderer().render(spec);
        LiftInput in = new LiftInput(s.color(), s.depth(), s.intrinsics(), new ObjectLabels(s.labels(), labels), null, null);
        LiftResult r = new LiftPipeline().run(in, LiftParameters.defaults(), List.of(), ProgressListener.NONE,
                Cancellation.NEVER);
        if (r.objects().size() != objects.size()) {
            throw new IllegalStateException("expected " + objects.size() + " objects, lifted " + r.objects().size()
                    + ": " + r.warnings());
        }
        return r;
    }
}

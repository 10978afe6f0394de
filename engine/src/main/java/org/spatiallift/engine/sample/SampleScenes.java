package org.spatiallift.engine.sample;

import java.io.IOException;
import java.io.InputStream;

import org.spatiallift.engine.io.InputException;

/** The scenes the product ships with: the built-in sample room, and seeded random scenes for accuracy tests. */
public final class SampleScenes {

    /** Class-path location of the built-in scene description (in the resources module). */
    public static final String BUILT_IN_RESOURCE = "/org/spatiallift/resources/sample-scene.json";

    private SampleScenes() {
    }

    /** The description of the built-in living-room scene, read from {@link #BUILT_IN_RESOURCE}. */
    public static SceneSpec builtInSpec() {
        try (InputStream in = SampleScenes.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in scene " + BUILT_IN_RESOURCE + " is not on the class path");
            }
            return SceneSpecReader.read(in, "sample-scene.json");
        } catch (InputException | IOException e) {
            throw new IllegalStateException("the built-in scene " + BUILT_IN_RESOURCE + " is broken: " + e.getMessage(), e);
        }
    }

    /** The built-in scene, rendered with exact depth. */
    public static SampleScene builtIn() {
        return new SceneRenderer().render(builtInSpec());
    }

    /**
     * A seeded random room with 3–6 boxes and vertical cylinders, for accuracy tests; the same arguments always give
     * the same scene. Placement rules (see {@link RandomSceneGenerator}): camera 1.0–1.8 m high, objects 1.5–4.5 m
     * away, fully inside the image, footprint boxes at least 0.1 m apart, tops at least 0.3 m below the camera, every
     * visible fraction &gt; 0.8 and the floor on at least 20 % of the pixels, in a hall 16–20 m wide and 12–15 m deep.
     * The field of view is 60° and widens (up to 155°) when the camera looks up, so that a third of the image rows
     * still show floor.
     *
     * @param pitchDeg camera pitch in [−40, 30]° (positive looks down, see CameraOrientation)
     * @param rollDeg  camera roll in [−20, 20]°; the rules are tested for pitch in [−40, 10]° and roll in [−15, 15]°
     */
    public static SampleScene random(long seed, double pitchDeg, double rollDeg) {
        return RandomSceneGenerator.generate(seed, pitchDeg, rollDeg).scene();
    }

    /** The random scene of {@link #random(long, double, double)} rendered with {@code options} (e.g. depth noise). */
    public static SampleScene random(long seed, double pitchDeg, double rollDeg, RenderOptions options) {
        return new SceneRenderer(options).render(randomSpec(seed, pitchDeg, rollDeg));
    }

    /** The description of the random scene of {@link #random(long, double, double)}. */
    public static SceneSpec randomSpec(long seed, double pitchDeg, double rollDeg) {
        return RandomSceneGenerator.generate(seed, pitchDeg, rollDeg).spec();
    }
}

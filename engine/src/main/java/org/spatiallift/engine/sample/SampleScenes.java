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
}

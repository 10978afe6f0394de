package org.spatiallift.engine.testing;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates ../shared (test data that is never copied into the project). Where it is absent a test skips with a
 * visible message; under CI (CI=true) it fails instead, because CI always has shared/ beside the clone.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, from -Dspatiallift.shared or ../shared next to the working directory's project root. */
    public static Path root() {
        String configured = System.getProperty("spatiallift.shared");
        Path p = configured != null ? Path.of(configured) : Path.of("..", "shared");
        return p.toAbsolutePath().normalize();
    }

    /** The RGB-D frames folder, or skip (fail under CI) with a message naming where it was looked for. */
    public static Path rgbd() {
        return require(root().resolve("data").resolve("rgbd"));
    }

    /** {@code relative} under the RGB-D folder, which must exist. */
    public static Path rgbd(String relative) {
        return require(rgbd().resolve(relative));
    }

    /** The annotated frames folder (ground-truth boxes and masks), or skip (fail under CI). */
    public static Path annotated() {
        return require(root().resolve("data").resolve("annotated"));
    }

    private static Path require(Path p) {
        if (!Files.exists(p)) {
            String msg = "shared test data not found at " + p
                    + " (set -Dspatiallift.shared=/path/to/shared); skipping this test";
            System.err.println("[SKIP] " + msg);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(msg + " -- but CI=true, where shared/ must be present");
            }
            Assumptions.abort(msg);
        }
        return p;
    }
}

package org.spatiallift.engine.qa;

import java.util.Objects;

/**
 * What produced a set of QA, so it can be reproduced: the same version, image, source, seed and settings give the
 * same QA.
 *
 * @param spatialLiftVersion the engine version ("0.1.0-SNAPSHOT", or "development" when run from classes)
 * @param image              the image's key (its path relative to the input folder, or its file name)
 * @param source             where the objects came from, with models and their hashes
 * @param seed               the seed used for this image ({@link QaSettings#seed()}, or the one given to regenerate)
 * @param settings           the generation settings
 */
public record Provenance(String spatialLiftVersion, String image, SceneSource source, long seed, QaSettings settings) {

    public Provenance {
        Objects.requireNonNull(spatialLiftVersion, "spatialLiftVersion");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(settings, "settings");
    }
}

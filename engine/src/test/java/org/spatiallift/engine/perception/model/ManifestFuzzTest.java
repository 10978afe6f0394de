package org.spatiallift.engine.perception.model;

import org.spatiallift.engine.testing.FuzzFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz target for model manifests given as {@code --model FILE.json}: any bytes are either a valid manifest or refused
 * with a {@link ModelException}; anything else is a defect. Seeds (the built-in manifests' shapes, trimmed) and crash
 * fixtures: {@code ManifestFuzzTestInputs/manifest/} in the test resources (docs/decisions/0016).
 */
class ManifestFuzzTest {

    @FuzzTest
    void manifest(byte[] data) {
        try {
            ModelManifests.resolve(FuzzFiles.write("manifest.json", data).toString());
        } catch (ModelException expected) {
            // refused with a message
        }
    }
}

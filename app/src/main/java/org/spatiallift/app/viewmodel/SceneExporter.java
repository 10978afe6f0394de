package org.spatiallift.app.viewmodel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spatiallift.engine.export.PlyWriter;
import org.spatiallift.engine.export.SceneJsonWriter;
import org.spatiallift.engine.io.AtomicOutput;
import org.spatiallift.engine.pipeline.LiftResult;

/**
 * Writes the scene on show: the cloud as PLY (canonical frame, with instance ids) and the scene as JSON, each all or
 * nothing ({@link AtomicOutput}).
 */
final class SceneExporter {

    private SceneExporter() {
    }

    /** Binary PLY of the canonical cloud; returns the number of points written. */
    static int writePly(SceneModel scene, Path file) throws IOException {
        LiftResult r = scene.result();
        createParent(file);
        PlyWriter.write(r.cloudCanonical(), PlyWriter.instanceIds(r.cloudCanonical().size(), r.objects()), file);
        return r.cloudCanonical().size();
    }

    /** The scene JSON {@code bin/spatiallift lift --json} prints: frame, objects, timings, warnings. */
    static void writeJson(SceneModel scene, Path file) throws IOException {
        createParent(file);
        AtomicOutput.writeString(file, SceneJsonWriter.toJson(scene.result()).toPrettyString() + "\n");
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}

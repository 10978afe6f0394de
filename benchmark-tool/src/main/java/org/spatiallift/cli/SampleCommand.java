package org.spatiallift.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.spatiallift.engine.io.InputException;
import org.spatiallift.engine.sample.SampleScene;
import org.spatiallift.engine.sample.SampleSceneWriter;
import org.spatiallift.engine.sample.SampleScenes;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift sample}: writes the built-in sample scene, or a random test scene, with its ground truth. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Write the built-in sample scene (rgb.png, depth.png in mm, labels.png, names.txt, intrinsics.txt, ground_truth.json).")
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if needed).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Write a random test scene with this seed instead.")
    Long seed;

    @Option(names = "--pitch", paramLabel = "DEG", defaultValue = "20", description = "Random scene: camera pitch, degrees down (default ${DEFAULT-VALUE}).")
    double pitchDeg;

    @Option(names = "--roll", paramLabel = "DEG", defaultValue = "0", description = "Random scene: camera roll, degrees (default ${DEFAULT-VALUE}).")
    double rollDeg;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InputException {
        SampleScene scene = seed == null ? SampleScenes.builtIn() : SampleScenes.random(seed, pitchDeg, rollDeg);
        try {
            SampleSceneWriter.write(scene, out);
        } catch (IOException e) {
            throw new InputException(out, "cannot write the sample scene (" + e.getMessage() + ")",
                    "Choose a folder you can write to with --out", e);
        }
        spec.commandLine().getOut().println("wrote the " + (seed == null ? "built-in sample" : "random (seed " + seed + ")")
                + " scene to " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}

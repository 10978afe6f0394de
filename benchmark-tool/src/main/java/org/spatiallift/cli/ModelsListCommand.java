package org.spatiallift.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.spatiallift.engine.perception.model.ModelException;
import org.spatiallift.engine.perception.model.ModelFile;
import org.spatiallift.engine.perception.model.ModelManifest;
import org.spatiallift.engine.perception.model.ModelManifests;
import org.spatiallift.engine.perception.model.ModelStore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spatiallift models list}: the built-in models, whether each is installed, its size, licence and folder. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the built-in models and whether they are installed.")
final class ModelsListCommand implements Callable<Integer> {

    @Mixin
    CacheOption cache;

    @Option(names = "--json", description = "Print [{\"id\", \"role\", \"installed\", \"size_bytes\", \"licence\", \"path\"}] on stdout.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ModelException, JsonProcessingException {
        ModelStore store = cache.store();
        var out = spec.commandLine().getOut();
        ArrayNode arr = Json.MAPPER.createArrayNode();
        if (!json) {
            out.printf(Locale.ROOT, "%-40s %-21s %-9s %10s  %-12s %s%n", "id", "role", "installed", "size", "licence", "path");
        }
        for (ModelManifest m : ModelManifests.builtIn()) {
            boolean installed = store.isDownloaded(m);
            boolean sizeKnown = m.files().stream().allMatch(ModelFile::sizeKnown);
            if (json) {
                ObjectNode o = arr.addObject();
                o.put("id", m.id());
                o.put("role", m.role().jsonName());
                o.put("installed", installed);
                if (sizeKnown) {
                    o.put("size_bytes", m.knownSizeBytes());
                } else {
                    o.putNull("size_bytes");
                }
                o.put("licence", m.licence());
                o.put("path", store.folder(m).toString());
                o.put("downloadable", m.files().stream().allMatch(f -> f.source() != null));
            } else {
                out.printf(Locale.ROOT, "%-40s %-21s %-9s %10s  %-12s %s%n", m.id(), m.role().jsonName(), installed ? "yes" : "no",
                        sizeKnown ? String.format(Locale.ROOT, "%.1f MB", m.knownSizeBytes() / 1e6) : "unknown",
                        m.licence().length() > 12 ? m.licence().substring(0, 11) + "…" : m.licence(), store.folder(m));
            }
        }
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(arr));
        }
        out.flush();
        return 0;
    }
}

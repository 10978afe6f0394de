package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local model cache: one folder per model id under a root chosen, in this order, by the system property
 * {@value #PROPERTY}, the environment variable {@value #ENV}, or {@code ~/.cache/spatiallift/models}. This is the one
 * place that reads those settings. Nothing here touches the network; {@link NpmModelFetcher} fills the cache when the
 * user asks for it.
 */
public final class ModelStore {

    public static final String PROPERTY = "spatiallift.models";
    public static final String ENV = "SPATIALLIFT_MODELS";

    private final Path root;

    public ModelStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The store at the configured root (property, then environment, then the default). */
    public static ModelStore configured() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENV);
        }
        return new ModelStore(p == null || p.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "spatiallift", "models") : Path.of(p));
    }

    public Path root() {
        return root;
    }

    /** The folder of one model. */
    public Path folder(ModelManifest m) {
        return root.resolve(m.id());
    }

    /** True when every file of the model is present with its recorded size (hashes are checked by {@link #locate}). */
    public boolean isDownloaded(ModelManifest m) {
        for (ModelFile f : m.files()) {
            Path p = folder(m).resolve(f.name());
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != f.sizeBytes()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** The model's files, each checked against its SHA-256; a missing or altered file names the command that fetches it. */
    public LocatedModel locate(ModelManifest m) throws ModelException {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ModelFile f : m.files()) {
            Path p = folder(m).resolve(f.name());
            if (!Files.isRegularFile(p)) {
                throw new ModelException(p, "model file not found", fetchRemedy(m));
            }
            String sha;
            try {
                sha = Sha256.of(p);
            } catch (IOException e) {
                throw new ModelException(p, "cannot read the model file (" + e.getMessage() + ")", fetchRemedy(m), e);
            }
            if (!sha.equals(f.sha256())) {
                throw new ModelException(p, "SHA-256 is " + sha + ", the manifest expects " + f.sha256(),
                        "The file is damaged or not the expected version: " + fetchRemedy(m));
            }
            hashes.put(f.name(), sha);
        }
        return new LocatedModel(m, folder(m), hashes);
    }

    /** What the user runs to get the model. */
    public String fetchRemedy(ModelManifest m) {
        String cmd = ModelManifest.OBJECT_DETECTOR.equals(m.role()) ? "bin/spatiallift models fetch-detector" : "bin/spatiallift models fetch";
        String model = ModelManifests.DEFAULT_DETECTOR.equals(m.id()) ? "" : " --model " + m.id();
        String dir = root.equals(configured().root()) ? "" : " --models-dir " + root;
        return "Run " + cmd + model + dir + " (it downloads " + m.npmPackage() + " with npm into " + root + ")";
    }
}

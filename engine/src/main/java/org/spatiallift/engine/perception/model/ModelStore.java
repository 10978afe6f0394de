package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.Advice;

/**
 * The local model cache: one folder per model id under a root chosen, in this order, by the system property
 * {@value #PROPERTY}, the environment variable {@value #ENV}, or {@code ~/.cache/spatiallift/models}. This is the one
 * place that reads those settings. Nothing here touches the network; {@link ModelInstaller} fills the cache when the
 * user asks for it.
 *
 * <p>Resolution order of {@link #locate(ModelManifest, Path)}: (1) a local file or folder the user chose, (2) the
 * cache folder; there is no automatic download (docs/decisions/0005). Every file is checked against the manifest's
 * SHA-256; where the manifest has none, against the hash recorded in {@code NAME.sha256} beside the file when it was
 * first installed (recorded now if the file was put there by hand).
 */
public final class ModelStore {

    public static final String PROPERTY = "spatiallift.models";
    public static final String ENV = "SPATIALLIFT_MODELS";

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);

    private final Path root;
    /** SHA-256 of files already read, with the size and modification time they had then (see {@link #sha256Of}). */
    private final Map<Path, HashedFile> hashed = new ConcurrentHashMap<>();

    /** A file's SHA-256 and the size and modification time it was computed at. */
    private record HashedFile(long size, FileTime modified, String sha256) {
    }

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

    /**
     * The first built-in model of {@code role} (index order, so the choice is deterministic) whose files are in this
     * cache, or null.
     */
    public ModelManifest firstInstalled(ModelRole role) throws ModelException {
        for (ModelManifest m : ModelManifests.builtIn()) {
            if (m.role() == role && isDownloaded(m)) {
                return m;
            }
        }
        return null;
    }

    /** True when every file of the model is present (with its size, where known); hashes are checked by {@link #locate}. */
    public boolean isDownloaded(ModelManifest m) {
        for (ModelFile f : m.files()) {
            Path p = folder(m).resolve(f.name());
            try {
                if (!Files.isRegularFile(p) || (f.sizeKnown() && Files.size(p) != f.sizeBytes())) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Bytes the model's files take in the cache now (the files present; records and parts not counted). */
    public long installedBytes(ModelManifest m) {
        long sum = 0;
        for (ModelFile f : m.files()) {
            Path p = folder(m).resolve(f.name());
            try {
                sum += Files.isRegularFile(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                LOG.debug("cannot read the size of {}: {}", p, e.getMessage());
            }
        }
        return sum;
    }

    /**
     * Removes the model from the cache: its files, their recorded SHA-256 and any download parts, then its folder when
     * nothing else is left in it (files the user put there are kept). Returns the bytes freed.
     */
    public long remove(ModelManifest m) throws ModelException {
        Path folder = folder(m);
        long freed = 0;
        for (ModelFile f : m.files()) {
            for (String name : new String[] {f.name(), f.name() + ".sha256", f.name() + ".part", f.name() + ".sha256.part"}) {
                Path p = folder.resolve(name);
                try {
                    if (Files.isRegularFile(p)) {
                        long size = Files.size(p);
                        Files.delete(p);
                        freed += size;
                    }
                } catch (IOException e) {
                    throw new ModelException(p, "cannot delete (" + e.getMessage() + ")",
                            "Close programs using it, check the folder is writable, then remove model " + m.id() + " again", e);
                }
            }
        }
        try (var left = Files.isDirectory(folder) ? Files.list(folder) : java.util.stream.Stream.<Path>empty()) {
            if (Files.isDirectory(folder) && left.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            LOG.info("{}: leaving the folder {} in place ({})", m.id(), folder, e.getMessage());
        }
        LOG.info("{}: removed from {} ({} bytes freed)", m.id(), folder, freed);
        return freed;
    }

    /** The model's files in the cache, each checked against its SHA-256; a missing or altered file names the remedy. */
    public LocatedModel locate(ModelManifest m) throws ModelException {
        return locate(m, null);
    }

    /**
     * The model's files from {@code chosen} (a folder holding them, or the file itself for a one-file model) when the
     * user chose one, else from the cache; each checked against its SHA-256.
     */
    public LocatedModel locate(ModelManifest m, Path chosen) throws ModelException {
        Path folder = folder(m);
        if (chosen != null) {
            if (Files.isDirectory(chosen)) {
                folder = chosen.toAbsolutePath().normalize();
            } else if (Files.isRegularFile(chosen) && m.files().size() == 1) {
                Path file = chosen.toAbsolutePath().normalize();
                String sha = verify(m, m.files().get(0), file, false, false);
                return new LocatedModel(m, file.getParent(), Map.of(m.files().get(0).name(), sha),
                        Map.of(m.files().get(0).name(), file));
            } else {
                throw new ModelException(chosen, "is neither a folder of the model's files nor its one model file",
                        "Give the folder holding " + m.files().stream().map(ModelFile::name).toList() + " or leave it out");
            }
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        for (ModelFile f : m.files()) {
            Path p = folder.resolve(f.name());
            if (!Files.isRegularFile(p)) {
                throw new ModelException(p, "model file not found", fetchRemedy(m)).advise(installAdvice(m));
            }
            hashes.put(f.name(), verify(m, f, p, chosen == null, chosen == null));
        }
        return new LocatedModel(m, folder, hashes);
    }

    /**
     * What the cache holds of {@code m}, file by file, without throwing for a missing or damaged file: each present
     * file is checked for its size (where the manifest gives one) and SHA-256 (the manifest's, else the one recorded at
     * install). A file whose hash is known nowhere is recorded only when the whole model is present, so that a partial
     * install is never taken as the installed version.
     */
    public ModelCheck check(ModelManifest m) {
        Path folder = folder(m);
        boolean allPresent = m.files().stream().allMatch(f -> Files.isRegularFile(folder.resolve(f.name())));
        Map<String, String> intact = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> damaged = new LinkedHashMap<>();
        boolean partKept = false;
        for (ModelFile f : m.files()) {
            Path p = folder.resolve(f.name());
            partKept |= Files.isRegularFile(p.resolveSibling(f.name() + ".part"));
            if (!Files.isRegularFile(p)) {
                missing.add(f.name());
                continue;
            }
            try {
                intact.put(f.name(), verify(m, f, p, true, allPresent));
            } catch (ModelException e) {
                damaged.put(f.name(), e.problem());
            }
        }
        return new ModelCheck(m, folder, intact, missing, damaged, partKept);
    }

    /**
     * The file's SHA-256, read again only when its size or modification time changed since this store last read it:
     * every worker, and every lift after the models changed, locates the same models, and a CLIP model is hundreds of
     * megabytes.
     */
    private String sha256Of(Path p) throws IOException {
        Path key = p.toAbsolutePath().normalize();
        long size = Files.size(key);
        FileTime modified = Files.getLastModifiedTime(key);
        HashedFile known = hashed.get(key);
        if (known != null && known.size() == size && known.modified().equals(modified)) {
            return known.sha256();
        }
        String sha = Sha256.of(key);
        hashed.put(key, new HashedFile(size, modified, sha));
        return sha;
    }

    /**
     * Checks one file's size (where the manifest gives one) and SHA-256 (the manifest's, else, with
     * {@code useRecorded}, the one recorded at install); with {@code mayRecord}, records the hash when none is known.
     */
    private String verify(ModelManifest m, ModelFile f, Path p, boolean useRecorded, boolean mayRecord)
            throws ModelException {
        String sha;
        try {
            long size = Files.size(p);
            if (f.sizeKnown() && size != f.sizeBytes()) {
                throw new ModelException(p, "has " + size + " bytes, the manifest gives " + f.sizeBytes(),
                        "The file is truncated or not the expected version: " + fetchRemedy(m)).advise(installAdvice(m));
            }
            sha = sha256Of(p);
        } catch (IOException e) {
            throw new ModelException(p, "cannot read the model file (" + e.getMessage() + ")", fetchRemedy(m), e)
                    .advise(installAdvice(m));
        }
        String expected = f.sha256() != null ? f.sha256() : useRecorded ? recordedSha256(m, f) : null;
        if (expected != null && !sha.equals(expected)) {
            String whose = f.sha256() != null ? "the manifest expects " : "the hash recorded when it was installed is ";
            throw new ModelException(p, "SHA-256 is " + sha + ", " + whose + expected,
                    "The file is damaged or not the expected version: " + fetchRemedy(m)).advise(installAdvice(m));
        }
        if (expected == null && mayRecord) {
            record(m, f, sha);
            LOG.info("{}: no SHA-256 in the manifest for {}; recorded {} now", m.id(), f.name(), sha);
        }
        return sha;
    }

    /** The SHA-256 recorded for a file whose manifest has none, or null. */
    public String recordedSha256(ModelManifest m, ModelFile f) {
        Path rec = folder(m).resolve(f.name() + ".sha256");
        try {
            return Files.isRegularFile(rec) ? Files.readString(rec, StandardCharsets.US_ASCII).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Records the SHA-256 of a file whose manifest has none (written atomically beside the file). */
    void record(ModelManifest m, ModelFile f, String sha) throws ModelException {
        Path rec = folder(m).resolve(f.name() + ".sha256");
        Path tmp = folder(m).resolve(f.name() + ".sha256.part");
        try {
            Files.writeString(tmp, sha + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, rec, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ModelException(rec, "cannot record the SHA-256 (" + e.getMessage() + ")", "Check the folder is writable", e);
        }
    }

    /** The advice to install {@code m}: downloadable when every file of it has a download source. */
    public static Advice installAdvice(ModelManifest m) {
        return Advice.installModel(m.id(), m.files().stream().allMatch(f -> f.source() != null));
    }

    /** What the user runs to get the model. */
    public String fetchRemedy(ModelManifest m) {
        String dir = root.equals(configured().root()) ? "" : " --models-dir " + root;
        if (m.npmPackage() != null && ModelManifest.OBJECT_DETECTOR.equals(m.role())) {
            String model = ModelManifests.DEFAULT_DETECTOR.equals(m.id()) ? "" : " --model " + m.id();
            return "Run bin/spatiallift models fetch-detector" + model + dir + " (it downloads " + m.npmPackage()
                    + " with npm into " + root + ")";
        }
        boolean downloadable = m.files().stream().allMatch(f -> f.source() != null);
        boolean local = m.files().stream().allMatch(ModelFile::isClasspath);
        if (!downloadable) {
            return "Run bin/spatiallift models install " + m.id() + " --from FILE" + dir + " with the exported model file"
                    + " (the manifest " + m.origin() + " has no download URL), or put "
                    + m.files().stream().map(ModelFile::name).toList() + " into " + folder(m);
        }
        return "Run bin/spatiallift models install " + m.id() + dir + (local ? "" : " (needs network)")
                + ", or put " + m.files().stream().map(ModelFile::name).toList() + " into " + folder(m);
    }
}

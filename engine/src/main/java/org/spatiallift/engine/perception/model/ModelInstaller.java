package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.Advice;

/**
 * Puts a model's files into the cache, only when the user asks ({@code bin/spatiallift models install}). For each
 * file, in this order: already in the cache and verified → kept; else from the local file, folder or URL the user
 * gave ({@code --from}); else from the manifest's source (https download with resume, npm package, class-path
 * resource). Every file is written to {@code NAME.part}, checked (size, SHA-256) and moved into place atomically.
 * In offline mode ({@link OfflineMode} or the {@code offline} flag) nothing goes to the network: a file that would
 * need it gives an error naming the model and what to do. A cancelled install ({@link DownloadCancelledException})
 * deletes the part and the files it had fetched, so the cache is as it was before.
 */
public final class ModelInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(ModelInstaller.class);

    private final ModelStore store;
    private final HttpDownloader http;
    private final NpmModelFetcher npm;
    private final boolean offline;

    public ModelInstaller(ModelStore store, boolean offline) {
        this(store, new HttpDownloader(), new NpmModelFetcher(), offline);
    }

    public ModelInstaller(ModelStore store, HttpDownloader http, NpmModelFetcher npm, boolean offline) {
        this.store = store;
        this.http = http;
        this.npm = npm;
        this.offline = offline || OfflineMode.isOn();
    }

    /** Installs {@code m}; {@code from} is null, a local file or folder, or an http(s) URL for a one-file model. */
    public InstallResult install(ModelManifest m, String from, DownloadProgress progress) throws ModelException {
        return install(m, from, progress, () -> false);
    }

    /** {@link #install(ModelManifest, String, DownloadProgress)} that stops, leaving the cache clean, when cancelled. */
    public InstallResult install(ModelManifest m, String from, DownloadProgress progress, BooleanSupplier cancelled)
            throws ModelException {
        List<Path> fetched = new ArrayList<>();
        try {
            return install(m, from, progress, cancelled, fetched);
        } catch (DownloadCancelledException e) {
            for (Path p : fetched) {
                HttpDownloader.deleteQuietly(p);
                HttpDownloader.deleteQuietly(p.resolveSibling(p.getFileName() + ".sha256"));
            }
            deleteIfEmpty(store.folder(m));
            throw e;
        } catch (ModelException e) {
            deleteIfEmpty(store.folder(m)); // a refused download leaves no empty model folder behind
            throw e;
        }
    }

    private InstallResult install(ModelManifest m, String from, DownloadProgress progress, BooleanSupplier cancelled,
            List<Path> fetchedNow) throws ModelException {
        Path folder = store.folder(m);
        List<String> fetched = new ArrayList<>();
        Map<String, String> recorded = new LinkedHashMap<>();
        boolean npmDone = false;
        for (ModelFile f : m.files()) {
            Path target = folder.resolve(f.name());
            if (from == null && cachedAndValid(m, f, target)) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new DownloadCancelledException(target, "model " + m.id() + ": the install was cancelled before "
                        + f.name() + "; nothing was installed", "Install it again when you need it");
            }
            String sha;
            if (from != null) {
                sha = fromUser(m, f, from, target, progress);
            } else if (f.isUrl()) {
                requireOnline(m, f);
                sha = http.download(m.id(), URI.create(f.source()), m.redirectHosts(), target, f.sha256(), f.sizeBytes(),
                        progress, cancelled);
            } else if (f.isClasspath()) {
                sha = fromClasspath(m, f, target, progress);
            } else if (f.source() != null && f.source().startsWith("npm:")) {
                requireOnline(m, f);
                if (!npmDone) {
                    npm.fetch(m, store);
                    npmDone = true;
                }
                sha = f.sha256();
            } else {
                throw new ModelException(target, "model " + m.id() + ": the manifest (" + m.origin() + ") has no download"
                        + " source for " + f.name(), store.fetchRemedy(m)).advise(ModelStore.installAdvice(m));
            }
            fetched.add(f.name());
            fetchedNow.add(target);
            if (f.sha256() == null) {
                store.record(m, f, sha);
                recorded.put(f.name(), sha);
                LOG.info("{}: {} has no SHA-256 in the manifest; recorded {} (later loads check it)", m.id(), f.name(), sha);
            }
        }
        return new InstallResult(store.locate(m), fetched, recorded);
    }

    private static void deleteIfEmpty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                Files.delete(folder);
            }
        } catch (IOException e) {
            LOG.debug("leaving {} in place: {}", folder, e.getMessage());
        }
    }

    private boolean cachedAndValid(ModelManifest m, ModelFile f, Path target) {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        try {
            if (f.sizeKnown() && Files.size(target) != f.sizeBytes()) {
                LOG.info("{}: cached {} has {} bytes, the manifest gives {}; fetching it again", m.id(), f.name(),
                        Files.size(target), f.sizeBytes());
                return false;
            }
            String sha = Sha256.of(target);
            String expected = f.sha256() != null ? f.sha256() : store.recordedSha256(m, f);
            if (expected == null || expected.equals(sha)) {
                return true;
            }
            LOG.info("{}: cached {} has SHA-256 {}, expected {}; fetching it again", m.id(), f.name(), sha, expected);
        } catch (IOException e) {
            LOG.info("{}: cannot read cached {} ({}); fetching it again", m.id(), f.name(), e.getMessage());
        }
        return false;
    }

    private void requireOnline(ModelManifest m, ModelFile f) throws ModelException {
        if (offline) {
            throw new ModelException(store.folder(m).resolve(f.name()), "model " + m.id() + " is not installed and"
                    + " offline mode is on, so " + f.source() + " is not downloaded", "Put " + f.name() + " into "
                    + store.folder(m) + " (or use --from FILE), or run bin/spatiallift models install " + m.id()
                    + " online (offline mode is on through --offline, " + OfflineMode.PROPERTY + "=true or "
                    + OfflineMode.ENV + "=1)").advise(Advice.goOnline(m.id()));
        }
    }

    private String fromUser(ModelManifest m, ModelFile f, String from, Path target, DownloadProgress progress)
            throws ModelException {
        if (from.startsWith("https://") || from.startsWith("http://")) {
            if (m.files().size() != 1) {
                throw new ModelException(null, "--from " + from + ": model " + m.id() + " has " + m.files().size()
                        + " files; a URL can stand for only one", "Give a folder holding " + names(m));
            }
            requireOnline(m, f);
            return http.download(m.id(), URI.create(from), m.redirectHosts(), target, f.sha256(), f.sizeBytes(), progress,
                    () -> false);
        }
        Path src = Path.of(from);
        if (Files.isDirectory(src)) {
            src = src.resolve(f.name());
        } else if (m.files().size() != 1) {
            throw new ModelException(src, "is a file, but model " + m.id() + " has " + m.files().size() + " files",
                    "Give a folder holding " + names(m));
        }
        if (!Files.isRegularFile(src)) {
            throw new ModelException(src, "not found", "Give the model file, or a folder holding " + names(m));
        }
        try (InputStream in = Files.newInputStream(src)) {
            return copy(m, f, in, src.toString(), target, progress);
        } catch (IOException e) {
            throw new ModelException(src, "cannot read (" + e.getMessage() + ")", "Check the file", e);
        }
    }

    private String fromClasspath(ModelManifest m, ModelFile f, Path target, DownloadProgress progress) throws ModelException {
        String resource = f.source().substring("classpath:".length());
        try (InputStream in = ModelInstaller.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ModelException(target, "model " + m.id() + ": the class-path resource " + resource
                        + " is missing", "The jar that ships it (see the manifest's description) is not on the class path:"
                        + " this is a packaging bug");
            }
            return copy(m, f, in, f.source(), target, progress);
        } catch (IOException e) {
            throw new ModelException(target, "cannot extract " + resource + " (" + e.getMessage() + ")", "Check the folder", e);
        }
    }

    private String copy(ModelManifest m, ModelFile f, InputStream in, String from, Path target, DownloadProgress progress)
            throws IOException, ModelException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            long t0 = System.nanoTime();
            long n = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            progress.update(f.name(), n, n, n / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
        } catch (IOException e) {
            HttpDownloader.deleteQuietly(part);
            throw e;
        }
        return HttpDownloader.verifyAndMove(m.id(), from, part, target, f.sha256(), f.sizeBytes());
    }

    private static String names(ModelManifest m) {
        return m.files().stream().map(ModelFile::name).toList().toString();
    }
}

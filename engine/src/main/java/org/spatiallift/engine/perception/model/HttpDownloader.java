package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one file with {@link HttpClient} into {@code NAME.part} beside the target, then verifies and moves it
 * into place with an atomic move, so the target name never holds a half-written file.
 *
 * <ul>
 * <li>Resume: an existing {@code .part} is continued with {@code Range: bytes=N-}; a 206 answer appends, a 200
 * answer (the server ignores ranges) starts over, a 416 answer (the part is longer than the file) starts over.</li>
 * <li>An interrupted transfer (connection lost, fewer bytes than Content-Length) keeps the {@code .part} so that
 * running the install again resumes it; every other failure (HTTP error, wrong size, wrong SHA-256) deletes it.</li>
 * <li>SHA-256 is computed over the whole file after the transfer; with no expected hash it is returned to be
 * recorded and shown.</li>
 * <li>Cancel: {@code cancelled} is asked before connecting and after every block read (a {@link DownloadCancel} also
 * closes the stream, which ends a read waiting on a stalled connection); when it says yes the {@code .part} is deleted
 * and {@link DownloadCancelledException} thrown.</li>
 * </ul>
 */
public final class HttpDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(HttpDownloader.class);
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    private final HttpClient client;

    public HttpDownloader() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(30)).build());
    }

    public HttpDownloader(HttpClient client) {
        this.client = client;
    }

    /**
     * Downloads {@code url} to {@code target}; returns the file's SHA-256.
     *
     * @param expectedSha256 the hash to check, or null (then the computed hash is returned for recording)
     * @param expectedSize   the size to check, or −1
     */
    public String download(String modelId, URI url, Path target, String expectedSha256, long expectedSize,
            DownloadProgress progress) throws ModelException {
        return download(modelId, url, target, expectedSha256, expectedSize, progress, () -> false);
    }

    /** {@link #download(String, URI, Path, String, long, DownloadProgress)} that stops when {@code cancelled} says so. */
    public String download(String modelId, URI url, Path target, String expectedSha256, long expectedSize,
            DownloadProgress progress, BooleanSupplier cancelled) throws ModelException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.getParent());
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(modelId, url, part, 0);
            }
            transfer(modelId, url, part, progress, true, cancelled);
        } catch (IOException e) {
            throw new ModelException(target.getParent(), "cannot create the model folder (" + e.getMessage() + ")",
                    "Choose a writable cache with --models-dir or " + ModelStore.ENV, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(modelId, url, part, 0);
            }
            throw new ModelException(part, "download of " + url + " interrupted (the part is kept)",
                    "Run the install again to resume it", e);
        }
        return verifyAndMove(modelId, url.toString(), part, target, expectedSha256, expectedSize);
    }

    private void transfer(String modelId, URI url, Path part, DownloadProgress progress, boolean mayRetry,
            BooleanSupplier cancelled) throws ModelException, InterruptedException {
        long have = sizeOf(part);
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(30)).GET();
        if (have > 0) {
            req.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> resp;
        try {
            resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ModelException(null, "model " + modelId + ": cannot connect to " + url + " (" + e + ")",
                    "Check the network (or use --from FILE with a copy of the file), then run the install again", e);
        }
        int status = resp.statusCode();
        if (status == 416 && have > 0 && mayRetry) {
            closeQuietly(resp.body());
            deleteQuietly(part);
            transfer(modelId, url, part, progress, false, cancelled);
            return;
        }
        if (status != 200 && status != 206) {
            closeQuietly(resp.body());
            deleteQuietly(part);
            throw new ModelException(null, "model " + modelId + ": " + url + " answered HTTP " + status
                    + " (nothing was installed)", "Check the URL in the manifest, or try again later");
        }
        boolean append = status == 206 && have > 0;
        long start = append ? have : 0;
        long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        long total = length < 0 ? -1 : start + length;
        if (have > 0 && !append) {
            LOG.info("{}: the server ignored the range request; downloading {} from the start", modelId, url);
        }
        LOG.info("{}: downloading {} ({}){}", modelId, url, total < 0 ? "size unknown" : total + " bytes",
                append ? ", resuming at byte " + have : "");
        long written = start;
        long t0 = System.nanoTime();
        long last = 0;
        boolean stopped = false;
        try (InputStream in = resp.body();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            if (cancelled instanceof DownloadCancel c) {
                c.reading(in);
            }
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                out.write(buf, 0, n);
                written += n;
                long now = System.nanoTime();
                if (now - last > PROGRESS_EVERY_NANOS) {
                    last = now;
                    progress.update(part.getFileName().toString(), written, total, (written - start) / Math.max(1e-9, (now - t0) / 1e9));
                }
                if (cancelled.getAsBoolean()) {
                    stopped = true;
                    break;
                }
            }
        } catch (IOException e) {
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(modelId, url, part, written);
            }
            throw new ModelException(part, "model " + modelId + ": the download of " + url + " broke off after " + written
                    + " bytes (" + e.getMessage() + "); the part is kept and nothing was installed",
                    "Run the install again to resume it", e);
        } finally {
            if (cancelled instanceof DownloadCancel c) {
                c.reading(null);
            }
        }
        if (stopped || cancelled.getAsBoolean()) {
            throw cancelledAt(modelId, url, part, written);
        }
        progress.update(part.getFileName().toString(), written, total,
                (written - start) / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
        if (total >= 0 && written != total) {
            throw new ModelException(part, "model " + modelId + ": the download of " + url + " ended after " + written
                    + " of " + total + " bytes; the part is kept and nothing was installed", "Run the install again to resume it");
        }
    }

    /** Checks size and hash of a complete {@code part} and moves it atomically to {@code target}; deletes it on failure. */
    static String verifyAndMove(String modelId, String from, Path part, Path target, String expectedSha256, long expectedSize)
            throws ModelException {
        try {
            long size = Files.size(part);
            if (expectedSize >= 0 && size != expectedSize) {
                deleteQuietly(part);
                throw new ModelException(target, "model " + modelId + ": " + from + " has " + size + " bytes, the manifest"
                        + " expects " + expectedSize + " (nothing was installed)", "Check the source and the manifest's size");
            }
            String sha = Sha256.of(part);
            if (expectedSha256 != null && !sha.equals(expectedSha256)) {
                deleteQuietly(part);
                throw new ModelException(target, "model " + modelId + ": " + from + " has SHA-256 " + sha + ", the manifest"
                        + " expects " + expectedSha256 + " (nothing was installed)",
                        "The file is damaged or not the pinned version: check the source and the manifest");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("{}: installed {} ({} bytes, sha256 {})", modelId, target, size, sha);
            return sha;
        } catch (IOException e) {
            deleteQuietly(part);
            throw new ModelException(target, "cannot install " + from + " (" + e.getMessage() + ")",
                    "Check that the model folder is writable and on one file system", e);
        }
    }

    private static DownloadCancelledException cancelledAt(String modelId, URI url, Path part, long written) {
        deleteQuietly(part);
        LOG.info("{}: download of {} cancelled after {} bytes; {} deleted", modelId, url, written, part);
        return new DownloadCancelledException(part, "model " + modelId + ": the download of " + url + " was cancelled after "
                + written + " bytes; the part was deleted and nothing was installed", "Download it again when you need it");
    }

    private static long sizeOf(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", p, e.getMessage());
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            LOG.debug("closing a response body: {}", e.getMessage());
        }
    }
}

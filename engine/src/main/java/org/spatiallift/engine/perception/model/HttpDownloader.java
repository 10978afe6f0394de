package org.spatiallift.engine.perception.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spatiallift.engine.io.Advice;

/**
 * Downloads one file with {@link HttpClient} into {@code NAME.part} beside the target, then verifies and moves it
 * into place with an atomic move, so the target name never holds a half-written file.
 *
 * <ul>
 * <li>Resume: an existing {@code .part} is continued with {@code Range: bytes=N-}; a 206 answer appends, a 200
 * answer (the server ignores ranges) starts over, a 416 answer (the part is longer than the file) starts over.</li>
 * <li>Size: a download never grows past the manifest's size (or, when the manifest gives none, past
 * {@link DownloadSettings#maxUnknownBytes()}); a Content-Length that disagrees with the manifest's size is refused
 * before the body is read, a body that runs past it is cut off; either way the {@code .part} is deleted.</li>
 * <li>Timeouts: {@link DownloadSettings#connectTimeout()} to connect, {@link DownloadSettings#readTimeout()} of
 * silence before the answer or between two blocks of the body ({@link IdleWatchdog}); the message names the URL.</li>
 * <li>Redirects: followed only within the start URL's origin, or over https to a host the manifest lists in
 * {@code redirect_hosts} ({@link RedirectPolicy}); any other is refused and nothing is installed.</li>
 * <li>An interrupted transfer (connection lost, server stalled, fewer bytes than Content-Length) keeps the
 * {@code .part} so that running the install again resumes it; every other failure deletes it.</li>
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
    private final DownloadSettings settings;

    /** A downloader with {@link DownloadSettings#DEFAULT}. */
    public HttpDownloader() {
        this(DownloadSettings.DEFAULT);
    }

    public HttpDownloader(DownloadSettings settings) {
        this.settings = settings;
        // redirects are followed here, one by one, so that each is checked against the manifest
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout()).build();
    }

    /** One download: what it is for, where it goes, and what it may accept. */
    private record Job(String modelId, URI url, Path part, long manifestSize, long limit, RedirectPolicy redirects,
            DownloadProgress progress, BooleanSupplier cancelled) {
    }

    /**
     * Downloads {@code url} to {@code target}; returns the file's SHA-256. Redirects are followed within the URL's
     * origin only.
     *
     * @param expectedSha256 the hash to check, or null (then the computed hash is returned for recording)
     * @param expectedSize   the size to check, or −1
     */
    public String download(String modelId, URI url, Path target, String expectedSha256, long expectedSize,
            DownloadProgress progress) throws ModelException {
        return download(modelId, url, List.of(), target, expectedSha256, expectedSize, progress, () -> false);
    }

    /**
     * {@link #download(String, URI, Path, String, long, DownloadProgress)} that also follows https redirects to the
     * {@code redirectHosts} (a manifest's {@code redirect_hosts}) and stops when {@code cancelled} says so.
     */
    public String download(String modelId, URI url, List<String> redirectHosts, Path target, String expectedSha256,
            long expectedSize, DownloadProgress progress, BooleanSupplier cancelled) throws ModelException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Job job = new Job(modelId, url, part, expectedSize, expectedSize >= 0 ? expectedSize : settings.maxUnknownBytes(),
                new RedirectPolicy(url, redirectHosts), progress, cancelled);
        try {
            Files.createDirectories(target.getParent());
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(modelId, url, part, 0);
            }
            transfer(job, true);
        } catch (IOException e) {
            throw new ModelException(target.getParent(), "cannot create the model folder (" + e.getMessage() + ")",
                    Advice.WRITABLE_MODEL_CACHE.commandLine(), e).advise(Advice.WRITABLE_MODEL_CACHE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(modelId, url, part, 0);
            }
            throw new ModelException(part, "download of " + url + " interrupted (the part is kept)",
                    "Run the install again to resume it", e).advise(Advice.retryDownload(job.modelId()));
        }
        return verifyAndMove(modelId, url.toString(), part, target, expectedSha256, expectedSize);
    }

    private void transfer(Job job, boolean mayRetry) throws ModelException, InterruptedException {
        Path part = job.part();
        long have = sizeOf(part);
        if (have > job.limit()) {
            deleteQuietly(part);
            have = 0;
        }
        HttpResponse<InputStream> resp = send(job, have);
        int status = resp.statusCode();
        if (status == 416 && have > 0 && mayRetry) {
            closeQuietly(resp.body());
            deleteQuietly(part);
            transfer(job, false);
            return;
        }
        if (status != 200 && status != 206) {
            closeQuietly(resp.body());
            deleteQuietly(part);
            throw new ModelException(null, "model " + job.modelId() + ": " + job.url() + " answered HTTP " + status
                    + " (nothing was installed)", "Check the URL in the manifest, or try again later");
        }
        boolean append = status == 206 && have > 0;
        long start = append ? have : 0;
        long length = resp.headers().firstValueAsLong("Content-Length").orElse(-1);
        long total = length < 0 ? -1 : start + length;
        refuseAnnouncedSize(job, resp, total);
        if (have > 0 && !append) {
            LOG.info("{}: the server ignored the range request; downloading {} from the start", job.modelId(), job.url());
        }
        LOG.info("{}: downloading {} ({}){}", job.modelId(), job.url(), total < 0 ? "size unknown" : total + " bytes",
                append ? ", resuming at byte " + have : "");
        long written = readBody(job, resp.body(), append, start, total);
        if (total >= 0 && written != total) {
            throw new ModelException(part, "model " + job.modelId() + ": the download of " + job.url() + " ended after "
                    + written + " of " + total + " bytes; the part is kept and nothing was installed",
                    "Run the install again to resume it").advise(Advice.retryDownload(job.modelId()));
        }
    }

    /** Sends the request, following the redirects {@link RedirectPolicy} allows; the answer's headers have arrived. */
    private HttpResponse<InputStream> send(Job job, long have) throws ModelException, InterruptedException {
        URI at = job.url();
        for (int hop = 0;; hop++) {
            HttpRequest.Builder req = HttpRequest.newBuilder(at).timeout(settings.readTimeout()).GET();
            if (have > 0) {
                req.header("Range", "bytes=" + have + "-");
            }
            HttpResponse<InputStream> resp;
            try {
                resp = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpConnectTimeoutException e) {
                throw new ModelException(null, "model " + job.modelId() + ": could not connect to " + at + " within "
                        + seconds(settings.connectTimeout()) + " (nothing was installed)", stalledRemedy(), e)
                        .advise(Advice.retryDownload(job.modelId()));
            } catch (HttpTimeoutException e) {
                throw new ModelException(null, "model " + job.modelId() + ": " + at + " did not answer within "
                        + seconds(settings.readTimeout()) + " (the server stalled; nothing was installed)", stalledRemedy(), e)
                        .advise(Advice.retryDownload(job.modelId()));
            } catch (IOException e) {
                throw new ModelException(null, "model " + job.modelId() + ": cannot connect to " + at + " (" + e + ")",
                        Advice.retryDownload(job.modelId()).commandLine(), e)
                        .advise(Advice.retryDownload(job.modelId()));
            }
            int status = resp.statusCode();
            if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
                return resp;
            }
            closeQuietly(resp.body());
            at = redirectTarget(job, at, status, resp.headers().firstValue("Location").orElse(null), hop);
        }
    }

    private static URI redirectTarget(Job job, URI at, int status, String location, int hop) throws ModelException {
        String problem = null;
        URI to = null;
        if (location == null) {
            problem = "answered HTTP " + status + " without a Location";
        } else {
            try {
                to = at.resolve(location.strip());
            } catch (IllegalArgumentException e) {
                problem = "redirected to \"" + location + "\", which is not a URL";
            }
        }
        if (problem == null && hop >= RedirectPolicy.MAX_HOPS) {
            problem = "redirected more than " + RedirectPolicy.MAX_HOPS + " times";
        }
        if (problem != null) {
            deleteQuietly(job.part());
            throw new ModelException(null, "model " + job.modelId() + ": " + job.url() + " " + problem
                    + " (nothing was installed)", "Check the URL in the manifest, or try again later");
        }
        String why = job.redirects().refusal(to);
        if (why != null) {
            deleteQuietly(job.part());
            throw new ModelException(null, "model " + job.modelId() + ": " + job.url() + " redirected to " + to
                    + ", which is not followed: " + why + " (nothing was installed)",
                    "If that host really serves the model, list it in the manifest's \"redirect_hosts\" (an https host,"
                            + " docs/decisions/0005-model-manifests-and-store.md); otherwise check the URL");
        }
        LOG.info("{}: {} redirects to {}", job.modelId(), at, to);
        return to;
    }

    /** Refuses, before the body, a Content-Length that disagrees with the manifest's size or passes the cap. */
    private static void refuseAnnouncedSize(Job job, HttpResponse<InputStream> resp, long total) throws ModelException {
        boolean known = job.manifestSize() >= 0;
        if (total < 0 || (known ? total == job.manifestSize() : total <= job.limit())) {
            return;
        }
        closeQuietly(resp.body());
        deleteQuietly(job.part());
        throw new ModelException(null, "model " + job.modelId() + ": " + job.url() + " announces " + total
                + " bytes (Content-Length), " + (known ? "the manifest gives " + job.manifestSize() + " bytes for "
                        + fileName(job) : "more than the " + job.limit() + " bytes accepted for a file of unknown size")
                + "; nothing was installed", oversizeRemedy(known));
    }

    private long readBody(Job job, InputStream body, boolean append, long start, long total)
            throws ModelException {
        Path part = job.part();
        BooleanSupplier cancelled = job.cancelled();
        long written = start;
        long t0 = System.nanoTime();
        long last = 0;
        boolean stopped = false;
        boolean over = false;
        try (InputStream in = body;
                IdleWatchdog dog = new IdleWatchdog(in, settings.readTimeout());
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            if (cancelled instanceof DownloadCancel c) {
                c.reading(in);
            }
            byte[] buf = new byte[1 << 16];
            try {
                for (int n; (n = in.read(buf)) > 0;) {
                    dog.touch();
                    if (written + n > job.limit()) {
                        over = true;
                        break;
                    }
                    out.write(buf, 0, n);
                    written += n;
                    long now = System.nanoTime();
                    if (now - last > PROGRESS_EVERY_NANOS) {
                        last = now;
                        job.progress().update(part.getFileName().toString(), written, total,
                                (written - start) / Math.max(1e-9, (now - t0) / 1e9));
                    }
                    if (cancelled.getAsBoolean()) {
                        stopped = true;
                        break;
                    }
                }
            } catch (IOException e) {
                if (dog.fired() && !cancelled.getAsBoolean()) {
                    throw new ModelException(part, "model " + job.modelId() + ": " + job.url() + " sent no data for "
                            + seconds(settings.readTimeout()) + " after " + written + " bytes (the server stalled); the part"
                            + " is kept and nothing was installed", "Check the network, then run the install again to resume"
                            + " it (or download the file yourself and install it with --from FILE)", e)
                            .advise(Advice.retryDownload(job.modelId()));
                }
                throw e;
            }
        } catch (IOException e) {
            if (cancelled.getAsBoolean()) {
                throw cancelledAt(job.modelId(), job.url(), part, written);
            }
            throw new ModelException(part, "model " + job.modelId() + ": the download of " + job.url() + " broke off after "
                    + written + " bytes (" + e.getMessage() + "); the part is kept and nothing was installed",
                    "Run the install again to resume it", e).advise(Advice.retryDownload(job.modelId()));
        } finally {
            if (cancelled instanceof DownloadCancel c) {
                c.reading(null);
            }
        }
        if (over) {
            deleteQuietly(part);
            boolean known = job.manifestSize() >= 0;
            throw new ModelException(null, "model " + job.modelId() + ": " + job.url() + " sent more than the "
                    + job.limit() + " bytes " + (known ? "the manifest gives for " + fileName(job)
                            : "accepted for a file whose size neither the manifest nor the server gives")
                    + "; the download was stopped, the part deleted and nothing was installed", oversizeRemedy(known));
        }
        if (stopped || cancelled.getAsBoolean()) {
            throw cancelledAt(job.modelId(), job.url(), part, written);
        }
        job.progress().update(part.getFileName().toString(), written, total,
                (written - start) / Math.max(1e-9, (System.nanoTime() - t0) / 1e9));
        return written;
    }

    private static String fileName(Job job) {
        String n = job.part().getFileName().toString();
        return n.substring(0, n.length() - ".part".length());
    }

    private static String oversizeRemedy(boolean known) {
        return known ? "The server sends another file than the manifest pins: check the manifest's URL and size"
                : "Give the file's size in the manifest, or download it yourself and install it with --from FILE";
    }

    private static String stalledRemedy() {
        return "Check the network and that the server is up, then run the install again (or download the file yourself"
                + " and install it with --from FILE)";
    }

    /** "60 s", or "500 ms" below a second. */
    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
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

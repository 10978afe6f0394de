package org.spatiallift.engine.perception.model;

import java.time.Duration;

/**
 * Limits of one {@link HttpDownloader}: how long to wait for a connection, how long a server may send nothing (before
 * its answer or in the middle of the body) before the download is given up, and the most bytes accepted for a file
 * whose size neither the manifest nor the server's Content-Length gives.
 *
 * @param connectTimeout  the longest wait for the TCP (and TLS) connection
 * @param readTimeout     the longest silence: before the answer's headers, and between two blocks of the body
 * @param maxUnknownBytes the cap for a file of unknown size, in bytes
 */
public record DownloadSettings(Duration connectTimeout, Duration readTimeout, long maxUnknownBytes) {

    /** 30 s to connect, 60 s of silence, 8 GiB for a file of unknown size (no model SpatialLift knows is larger). */
    public static final DownloadSettings DEFAULT = new DownloadSettings(Duration.ofSeconds(30), Duration.ofSeconds(60),
            8L << 30);

    public DownloadSettings {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive, got " + connectTimeout);
        }
        if (readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("read timeout must be positive, got " + readTimeout);
        }
        if (maxUnknownBytes <= 0) {
            throw new IllegalArgumentException("the size cap must be positive, got " + maxUnknownBytes + " bytes");
        }
    }
}

package org.spatiallift.engine.perception.model;

/** Called while a model file is downloaded or copied: bytes so far (including a resumed part), total (−1 unknown), rate. */
@FunctionalInterface
public interface DownloadProgress {

    DownloadProgress NONE = (file, bytes, total, bytesPerSecond) -> { };

    void update(String file, long bytes, long total, double bytesPerSecond);
}

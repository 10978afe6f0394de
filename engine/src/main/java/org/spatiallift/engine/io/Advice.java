package org.spatiallift.engine.io;

/**
 * What the user can do about a problem, as a fact rather than words: each front end says it in its own terms. The
 * command line names its options ({@link #commandLine()}, which the engine's messages use), the app names its own
 * controls and offers a button for it. An {@link InputException} carries the advice that applies to it.
 *
 * @param kind         what to do
 * @param modelId      the model to install, for {@link Kind#INSTALL_MODEL}; else null
 * @param downloadable for {@link Kind#INSTALL_MODEL}: every file of the model has a download source, so an installer
 *                     can fetch it; false when the user has to supply the file
 * @param gigabytes    for {@link Kind#MORE_MEMORY}: the Java heap to give, in GB; else 0
 */
public record Advice(Kind kind, String modelId, boolean downloadable, int gigabytes) {

    /** What to do. */
    public enum Kind {
        /** Give the camera's intrinsics fx, fy, cx, cy in pixels. */
        GIVE_INTRINSICS,
        /** Give a depth file with the image. */
        CHOOSE_DEPTH_FILE,
        /** Install (or reinstall) a model. */
        INSTALL_MODEL,
        /** A model's download failed on the network: check it and download again (a broken-off download resumes). */
        RETRY_DOWNLOAD,
        /** Offline mode stopped a model's download: turn it off, or put the files into the cache by hand. */
        GO_ONLINE,
        /** The model cache cannot be written: choose another folder for it. */
        WRITABLE_MODEL_CACHE,
        /** The depth file is not in the depth format chosen or guessed: choose the format that matches it. */
        CHOOSE_DEPTH_FORMAT,
        /** The image needs more memory than Java may use: give Java more, or use a smaller image. */
        MORE_MEMORY;

        /** True when advice of this kind names a model. */
        public boolean namesModel() {
            return this == INSTALL_MODEL || this == RETRY_DOWNLOAD || this == GO_ONLINE;
        }
    }

    /** Give the camera's intrinsics. */
    public static final Advice GIVE_INTRINSICS = new Advice(Kind.GIVE_INTRINSICS, null, false, 0);
    /** Give a depth file with the image. */
    public static final Advice CHOOSE_DEPTH_FILE = new Advice(Kind.CHOOSE_DEPTH_FILE, null, false, 0);

    public Advice {
        if (kind != null && (kind == Kind.MORE_MEMORY) != (gigabytes > 0)) {
            throw new IllegalArgumentException("advice " + kind + " needs a memory size exactly when it asks for memory, got "
                    + gigabytes + " GB");
        }
        if (kind == null || kind.namesModel() == (modelId == null)) {
            throw new IllegalArgumentException("advice " + kind + " needs a model id exactly when it names a model, got "
                    + modelId);
        }
    }

    /** Install model {@code modelId}; {@code downloadable} when every file of it has a download source. */
    public static Advice installModel(String modelId, boolean downloadable) {
        return new Advice(Kind.INSTALL_MODEL, modelId, downloadable, 0);
    }

    /** Check the network and download model {@code modelId} again. */
    public static Advice retryDownload(String modelId) {
        return new Advice(Kind.RETRY_DOWNLOAD, modelId, true, 0);
    }

    /** Turn offline mode off to download model {@code modelId}, or put its files into the cache by hand. */
    public static Advice goOnline(String modelId) {
        return new Advice(Kind.GO_ONLINE, modelId, true, 0);
    }

    /** Choose the depth format that matches the depth file. */
    public static final Advice CHOOSE_DEPTH_FORMAT = new Advice(Kind.CHOOSE_DEPTH_FORMAT, null, false, 0);

    /** Give Java a heap of at least {@code bytes} (rounded up to whole gigabytes), or use a smaller image. */
    public static Advice moreMemory(long bytes) {
        return new Advice(Kind.MORE_MEMORY, null, false, (int) Math.max(1, Math.ceil(bytes / (double) (1L << 30))));
    }

    /** Choose a model cache that can be written. */
    public static final Advice WRITABLE_MODEL_CACHE = new Advice(Kind.WRITABLE_MODEL_CACHE, null, false, 0);

    /** The advice in the command line's terms ("Give --intrinsics fx,fy,cx,cy"), a sentence without a full stop. */
    public String commandLine() {
        return switch (kind) {
            case GIVE_INTRINSICS -> "Give --intrinsics fx,fy,cx,cy";
            case CHOOSE_DEPTH_FILE -> "Give a depth file with the image (--depth FILE)";
            case INSTALL_MODEL -> downloadable ? "Run bin/spatiallift models install " + modelId
                    : "Run bin/spatiallift models install " + modelId + " --from FILE with the exported model file";
            case RETRY_DOWNLOAD -> "Check the network (or use --from FILE with a copy of the file), then run the install"
                    + " again";
            case GO_ONLINE -> "Run bin/spatiallift models install " + modelId + " online (without --offline)";
            case WRITABLE_MODEL_CACHE -> "Choose a writable cache with --models-dir or SPATIALLIFT_MODELS";
            case CHOOSE_DEPTH_FORMAT -> "Pass the --depth-format that matches the file (" + DepthFormat.cliNames() + ")";
            case MORE_MEMORY -> "Give Java more memory (for example SPATIALLIFT_JAVA_OPTS=-Xmx" + gigabytes + "g before"
                    + " bin/spatiallift or bin/spatiallift-app), or downscale the image; --max-pixels N refuses larger"
                    + " images up front";
        };
    }
}

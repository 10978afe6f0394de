package org.spatiallift.engine.perception.runtime;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.djl.util.Utils;

/**
 * The one way SpatialLift prepares DJL (used for Hugging Face tokenizers, {@code ai.djl.huggingface:tokenizers}) before
 * any DJL class runs: offline, and with its native library unpacked into SpatialLift's cache (docs/decisions/0030).
 *
 * <p>What DJL 0.38 does otherwise (read from its classes and measured in an isolated network, {@code
 * DjlTokenizerOfflineTest}): every {@code HuggingFaceTokenizer.newInstance}, even from a local file, "calls home" —
 * it asks the EC2 metadata service at 169.254.169.254 for an instance id and region (8 connects measured) and, on
 * EC2, reports to a DJL telemetry bucket; on a machine with CUDA it downloads a GPU build of the native library from
 * publish.djl.ai; and it unpacks its native library under {@code ~/.djl.ai}. The offline switch ({@code
 * ai.djl.offline}) stops the first two, {@code OPT_OUT_TRACKING} is set too, and {@code ENGINE_CACHE_DIR} moves the
 * third into {@link #nativeFolder()}. DJL reads its environment variables before its system properties, so a variable
 * the user set wins: {@code ENGINE_CACHE_DIR} is honoured (the user chose it), {@code DJL_OFFLINE} other than "true"
 * is refused.
 */
public final class DjlEnvironment {

    /** System property that moves the folder natives are unpacked into (then the environment variable, then the default). */
    public static final String NATIVE_PROPERTY = "spatiallift.native";
    public static final String NATIVE_ENV = "SPATIALLIFT_NATIVE";

    static final String OFFLINE = "ai.djl.offline";
    static final String OFFLINE_ENV = "DJL_OFFLINE";
    static final String TRACKING = "OPT_OUT_TRACKING";
    static final String ENGINE_CACHE = "ENGINE_CACHE_DIR";

    private static final Logger LOG = LoggerFactory.getLogger(DjlEnvironment.class);
    private static boolean prepared;

    private DjlEnvironment() {
    }

    /**
     * Switches DJL offline and points its native cache at {@link #nativeFolder()}; idempotent. Call before any DJL
     * class loads.
     *
     * @throws IllegalStateException when the environment keeps DJL online ({@code DJL_OFFLINE} set to other than
     *                               "true"); then no DJL code runs
     */
    public static synchronized void prepare() {
        if (prepared) {
            return;
        }
        String env = System.getenv(OFFLINE_ENV);
        if (env != null && !"true".equalsIgnoreCase(env.strip())) {
            throw new IllegalStateException("the environment sets " + OFFLINE_ENV + "=" + env + ", which lets DJL reach the"
                    + " network (EC2 metadata, native-library downloads) when a tokenizer loads; SpatialLift loads no DJL"
                    + " tokenizer then. Unset " + OFFLINE_ENV + " or set it to true");
        }
        System.setProperty(OFFLINE, "true");
        System.setProperty(TRACKING, "true");
        if (System.getenv(ENGINE_CACHE) == null) {
            System.setProperty(ENGINE_CACHE, nativeFolder().toString());
        } else {
            LOG.info("DJL's native library is unpacked into {} ({} in the environment)", System.getenv(ENGINE_CACHE),
                    ENGINE_CACHE);
        }
        if (!Utils.isOfflineMode()) {
            throw new IllegalStateException("DJL did not switch to offline mode (" + OFFLINE + "=true was set); SpatialLift"
                    + " loads no DJL tokenizer online. Report this with the DJL version on the class path");
        }
        LOG.debug("DJL offline, natives in {}", Utils.getEngineCacheDir());
        prepared = true;
    }

    /**
     * Where DJL unpacks native libraries for SpatialLift: the system property {@value #NATIVE_PROPERTY}, the environment
     * variable {@value #NATIVE_ENV}, or {@code ~/.cache/spatiallift/native}. DJL adds a folder per library and version
     * (for the tokenizers {@code tokenizers/0.21.0-0.38.0-cpu-linux-x86_64/libtokenizers.so}, about 15 MB).
     */
    public static Path nativeFolder() {
        String p = System.getProperty(NATIVE_PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(NATIVE_ENV);
        }
        return (p == null || p.isBlank() ? Path.of(System.getProperty("user.home"), ".cache", "spatiallift", "native")
                : Path.of(p)).toAbsolutePath().normalize();
    }
}

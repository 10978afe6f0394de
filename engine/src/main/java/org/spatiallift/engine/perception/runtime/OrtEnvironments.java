package org.spatiallift.engine.perception.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;

/**
 * The one way SpatialLift reaches ONNX Runtime's environment: with its telemetry switched off before the native library
 * is loaded. ONNX Runtime 1.29's native library for Linux carries Microsoft's telemetry client: it writes a device id
 * and an event database under {@code ~/.cache/Microsoft/DeveloperTools/.onnxruntime} and, after about 11 s, looks up
 * {@code mobile.events.data.microsoft.com}. The Java API's switch ({@code setTelemetry(false)}) does not stop that
 * client (measured: both still happen), the variable {@code ORT_DISABLE_TELEMETRY=1} does; so the variable is set in
 * the process's native environment first (docs/decisions/0017), then the API switch is turned off too (Windows builds
 * report through ETW, which it governs). The launchers set the variable as well, so a library that loaded ONNX Runtime
 * before SpatialLift is covered (README, Privacy; tested by {@code TelemetryOffTest}).
 */
public final class OrtEnvironments {

    /** The variable ONNX Runtime's native telemetry client reads; "1" keeps it from starting. */
    public static final String TELEMETRY_VARIABLE = "ORT_DISABLE_TELEMETRY";

    private static final Logger LOG = LoggerFactory.getLogger(OrtEnvironments.class);
    private static OrtEnvironment environment;

    private OrtEnvironments() {
    }

    /**
     * ONNX Runtime's process-wide environment with telemetry off.
     *
     * @throws IllegalStateException if telemetry cannot be switched off (then no model is run)
     */
    public static synchronized OrtEnvironment get() {
        if (environment == null) {
            // already in the environment the process started with (the launchers set it): nothing to do
            if (NativeEnvironment.supported() && !"1".equals(System.getenv(TELEMETRY_VARIABLE))) {
                try {
                    NativeEnvironment.set(TELEMETRY_VARIABLE, "1");
                } catch (IllegalStateException e) {
                    throw new IllegalStateException("SpatialLift runs no model with ONNX Runtime's telemetry on, and could"
                            + " not switch it off: " + e.getMessage() + ". Start SpatialLift with " + TELEMETRY_VARIABLE
                            + "=1 in the environment (the launchers do) and report this", e);
                }
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try {
                env.setTelemetry(false);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime " + env.getVersion() + " refused to switch its telemetry"
                        + " off (" + e.getMessage() + "); SpatialLift runs no model with telemetry on. Set"
                        + " ORT_DISABLE_TELEMETRY=1 in the environment and report this", e);
            }
            LOG.debug("ONNX Runtime {}: telemetry off", env.getVersion());
            environment = env;
        }
        return environment;
    }
}

package org.spatiallift.engine.perception.model;

/**
 * The offline switch: on when the system property {@value #PROPERTY} is "true" or the environment variable
 * {@value #ENV} is "1" or "true" (the CLI's {@code --offline} sets the property). When on, nothing downloads.
 */
public final class OfflineMode {

    public static final String PROPERTY = "spatiallift.offline";
    public static final String ENV = "SPATIALLIFT_OFFLINE";

    private OfflineMode() {
    }

    public static boolean isOn() {
        if ("true".equalsIgnoreCase(System.getProperty(PROPERTY))) {
            return true;
        }
        String env = System.getenv(ENV);
        return env != null && (env.equals("1") || env.equalsIgnoreCase("true"));
    }
}

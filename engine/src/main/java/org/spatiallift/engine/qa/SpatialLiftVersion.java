package org.spatiallift.engine.qa;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, from the jar's Maven metadata; "development" when run from classes. */
public final class SpatialLiftVersion {

    private static final String POM = "/META-INF/maven/org.spatiallift/spatiallift-engine/pom.properties";
    private static final String VERSION = read();

    private SpatialLiftVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String read() {
        String v = SpatialLiftVersion.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        try (InputStream in = SpatialLiftVersion.class.getResourceAsStream(POM)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "development");
            }
        } catch (IOException e) {
            return "development";
        }
        return "development";
    }
}

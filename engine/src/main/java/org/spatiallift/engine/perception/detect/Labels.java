package org.spatiallift.engine.perception.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Class names in output-channel order, one a line, from a class-path resource (e.g. the COCO-80 list). */
public final class Labels {

    private Labels() {
    }

    public static List<String> fromResource(String resource) {
        try (InputStream in = Labels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the label list " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the label list " + resource, e);
        }
    }
}

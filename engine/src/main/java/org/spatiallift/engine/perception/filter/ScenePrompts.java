package org.spatiallift.engine.perception.filter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in prompts of the CLIP scene filter, read from {@value #RESOURCE} ("accept|TEXT" or "reject|TEXT" a line). */
public final class ScenePrompts {

    public static final String RESOURCE = "/org/spatiallift/resources/filter/clip-scene-prompts.txt";

    private ScenePrompts() {
    }

    public static List<ScenePrompt> builtIn() {
        try (InputStream in = ScenePrompts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: this is a packaging bug");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static List<ScenePrompt> parse(List<String> lines) {
        List<ScenePrompt> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int bar = l.indexOf('|');
            String side = bar < 0 ? "" : l.substring(0, bar);
            if (!side.equals("accept") && !side.equals("reject")) {
                throw new IllegalArgumentException(RESOURCE + " line " + n + ": \"" + l + "\" must start with accept| or reject|");
            }
            out.add(new ScenePrompt(side.equals("accept"), l.substring(bar + 1).strip()));
        }
        if (out.stream().noneMatch(ScenePrompt::accept) || out.stream().allMatch(ScenePrompt::accept)) {
            throw new IllegalArgumentException(RESOURCE + ": needs at least one accept and one reject prompt");
        }
        return List.copyOf(out);
    }
}

package org.spatiallift.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app's command line, read as JavaFX reads an application's parameters: {@code --name=value} is named, anything
 * else (the image and depth files) unnamed. Read once in {@link Launcher#main} so that the first scene can be lifted
 * while JavaFX starts.
 */
record AppArguments(Map<String, String> named, List<String> unnamed) {

    AppArguments {
        named = Map.copyOf(named);
        unnamed = List.copyOf(unnamed);
    }

    static AppArguments parse(List<String> raw) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> unnamed = new ArrayList<>();
        for (String arg : raw) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                named.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else {
                unnamed.add(arg);
            }
        }
        return new AppArguments(named, unnamed);
    }

    /** {@code --screenshot=PNG}: save the window once the first scene is shown, then quit. */
    String screenshot() {
        return named.get("screenshot");
    }
}

package org.spatiallift.app.prefs;

import java.util.HashMap;
import java.util.Map;

/** Preferences that last as long as the object: for tests, benchmarks and screenshots. */
public final class InMemoryPreferenceStore implements PreferenceStore {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        values.put(key, value);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}

package org.spatiallift.app.prefs;

/** Where user preferences live: string values under keys. The app uses java.util.prefs; tests an in-memory map. */
public interface PreferenceStore {

    /** The value under {@code key}, or {@code fallback} when there is none. */
    String get(String key, String fallback);

    void put(String key, String value);

    void remove(String key);
}

package org.spatiallift.app.prefs;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Preferences in the user's java.util.prefs tree, node {@value #NODE}. Writes are flushed at once. */
public final class JavaPreferenceStore implements PreferenceStore {

    public static final String NODE = "org/spatiallift/app";
    private static final Logger LOG = LoggerFactory.getLogger(JavaPreferenceStore.class);

    private final Preferences node;

    public JavaPreferenceStore() {
        this(Preferences.userRoot().node(NODE));
    }

    JavaPreferenceStore(Preferences node) {
        this.node = node;
    }

    @Override
    public String get(String key, String fallback) {
        return node.get(key, fallback);
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
        flush();
    }

    @Override
    public void remove(String key) {
        node.remove(key);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("preferences could not be saved to the user's preference store ({}): {}; they last this session only",
                    node.absolutePath(), e.getMessage());
        }
    }
}

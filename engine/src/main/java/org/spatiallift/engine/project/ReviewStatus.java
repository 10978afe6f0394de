package org.spatiallift.engine.project;

import java.util.Locale;

/** Where a QA stands in review. A QA without a decision is pending. */
public enum ReviewStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    /** "pending", "accepted" or "rejected", as stored in the database. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReviewStatus fromKey(String key) {
        for (ReviewStatus s : values()) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown review status \"" + key + "\", expected pending, accepted or rejected");
    }
}

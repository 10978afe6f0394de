package org.spatiallift.app.viewmodel;

/** A QA's review state as the QA tab shows it. */
public enum QaStatus {
    PENDING("pending"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String label;

    QaStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

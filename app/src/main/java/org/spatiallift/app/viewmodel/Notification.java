package org.spatiallift.app.viewmodel;

/** A message for the user that does not block the app: what happened ({@code title}) and why or what to do. */
public record Notification(long id, Kind kind, String title, String message) {

    public enum Kind { ERROR, WARNING, INFO }
}

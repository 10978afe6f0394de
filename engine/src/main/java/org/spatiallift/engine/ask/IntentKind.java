package org.spatiallift.engine.ask;

/** What a question asks for, before its objects are grounded in a scene. */
public enum IntentKind {
    /** One of the QA categories ({@link Intent#category()}), answered by that category's own code. */
    CATEGORY,
    /** Which objects are within a distance of one object: decomposed into one distance question per object. */
    WITHIN,
    /** What is in the scene: the objects with their positions and sizes. */
    SUMMARY,
    /** Not something measured geometry answers ("who owns the chair?"); the answer says what can be asked. */
    UNSUPPORTED
}

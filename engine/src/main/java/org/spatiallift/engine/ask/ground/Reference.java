package org.spatiallift.engine.ask.ground;

/** How a mention refers to objects of the conversation instead of naming them. */
public enum Reference {
    /** It names or describes an object. */
    NONE,
    /** "it", "that one": the object the last answer was about (or chose). */
    FOCUS,
    /** "this", "this one": the object the user points at (a selection in the app), else as {@link #FOCUS}. */
    POINTED,
    /** "them", "both": every object of the last question. */
    ALL,
    /** "the other one": the object of the last question that this one does not already name. */
    OTHER
}

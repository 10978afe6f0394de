package org.spatiallift.engine.tfjs;

/** The TF.js graph uses an operator or an attribute the converter does not handle; the message names both. */
public class TfjsConversionException extends Exception {

    private static final long serialVersionUID = 1L;

    public TfjsConversionException(String message) {
        super(message);
    }
}

package org.mirsad.app.eval.devset;

/** An article of the development set that cannot be read: bad format or an annotation not found. */
public final class DevSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a message naming the problem. */
    public DevSetException(String message) {
        super(message);
    }

    /** An error with a message and a cause. */
    public DevSetException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.mirsad.app.input;

/** An input that cannot be processed, with a message naming the input and the problem. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;

    /** Creates the exception for an input and a problem. */
    public InputException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /** Creates the exception for an input and a problem, with its cause. */
    public InputException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** The input, as given. */
    public String source() {
        return source;
    }
}

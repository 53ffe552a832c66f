package org.mirsad.core.pipeline;

/** Thrown when stages are assembled in an order that cannot work, or a stage breaks its contract. */
public class PipelineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message that names the stage and the layer. */
    public PipelineException(String message) {
        super(message);
    }
}

package org.mirsad.app.http;

/** A request that cannot be served, with the HTTP status and a message for the client. */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /** An error with {@code status} and {@code message}. */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** 400: the request is malformed. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** 404: nothing there. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}

package org.mirsad.app.http;

/**
 * How the server listens and what it accepts.
 *
 * @param host           address to bind ({@code 127.0.0.1} by default)
 * @param port           port to bind, 0 for any free one
 * @param token          access token required from every client (Bearer header, or the cookie set
 *                       by opening a page with {@code ?token=}), or null for none
 * @param maxBodyBytes   largest body of an analyze request
 * @param maxUploadBytes largest ingest request (all uploaded files together)
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes, long maxUploadBytes) {

    /** Default largest analyze body: 2 MB. */
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    /** Default largest ingest upload: 50 MB. */
    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    /** Validates the fields. */
    public ServerSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to bind is needed");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
        if (token == null && !isLoopback(host)) {
            throw new IllegalArgumentException("binding " + host + " makes Mirsad reachable from other machines: "
                    + "give an access token with --token (clients send it as 'Authorization: Bearer TOKEN')");
        }
    }

    /** Loopback settings on {@code port} with the default limits and no token. */
    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, DEFAULT_MAX_BODY, DEFAULT_MAX_UPLOAD);
    }

    /** True for addresses that only this machine reaches. */
    public static boolean isLoopback(String host) {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("::1") || h.equals("[::1]") || h.startsWith("127.");
    }
}

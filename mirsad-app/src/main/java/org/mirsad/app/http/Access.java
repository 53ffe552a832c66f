package org.mirsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * Who may use the server. With a token, every request must carry it ({@code Authorization: Bearer
 * TOKEN}, or the cookie set when a page is opened once with {@code ?token=TOKEN}). Without one the
 * server is bound to loopback, and requests must name a loopback host (so a web page on another
 * site cannot reach it through DNS rebinding). Writes from a page of another origin are refused.
 */
final class Access {

    /** Name of the cookie holding the token. */
    static final String COOKIE = "mirsad_token";

    private final String token;

    Access(String token) {
        this.token = token;
    }

    /** Checks the request; throws {@link ApiException} (401, 403) or redirects to drop a {@code ?token=}. */
    void check(Context ctx) {
        if (token == null) {
            String host = hostOf(ctx.header("Host"));
            if (host == null || !ServerSettings.isLoopback(host)) {
                throw new ApiException(403, "this server answers only requests addressed to 127.0.0.1 or localhost");
            }
        } else {
            String given = ctx.queryParam("token");
            if (given != null && same(given, token) && ctx.method().name().equals("GET") && !ctx.path().startsWith("/api/")) {
                ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, 0, true, null, null, SameSite.STRICT));
                ctx.redirect(ctx.path());
                ctx.skipRemainingHandlers();
                return;
            }
            String auth = ctx.header("Authorization");
            boolean ok = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) && same(auth.substring(7).strip(), token)
                    || ctx.cookie(COOKIE) != null && same(ctx.cookie(COOKIE), token);
            if (!ok) {
                throw new ApiException(401, "an access token is needed: send 'Authorization: Bearer TOKEN', "
                        + "or open the page once as /?token=TOKEN");
            }
        }
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx.header("Host"))) {
                throw new ApiException(403, "requests from pages of another site are refused");
            }
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The host part of a Host header ({@code name:port}, {@code [v6]:port}), or null. */
    static String hostOf(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return null;
        }
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? null : h.substring(0, close + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean sameOrigin(String origin, String hostHeader) {
        try {
            URI u = URI.create(origin);
            String authority = u.getRawAuthority();
            return authority != null && hostHeader != null && authority.equalsIgnoreCase(hostHeader.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

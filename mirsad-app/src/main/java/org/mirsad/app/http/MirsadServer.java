package org.mirsad.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.mirsad.app.corpus.LiveCorpus;

/**
 * Mirsad's HTTP server: the JSON API ({@link ApiRoutes}) and the web UI ({@link WebAssets}) in one
 * process, with access control ({@link Access}), security headers and JSON errors.
 *
 * <pre>{@code
 * try (MirsadServer s = MirsadServer.start(corpus, ServerSettings.loopback(8080))) { ... s.url() ... }
 * }</pre>
 */
public final class MirsadServer implements AutoCloseable {

    /** The Content-Security-Policy of every answer: only this server's own scripts, styles and fonts. */
    public static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Javalin app;
    private final ServerSettings settings;
    private final List<ApiRoutes.Route> routes;

    private MirsadServer(Javalin app, ServerSettings settings, List<ApiRoutes.Route> routes) {
        this.app = app;
        this.settings = settings;
        this.routes = routes;
    }

    /** Starts a server over {@code corpus}. */
    public static MirsadServer start(LiveCorpus corpus, ServerSettings settings) {
        Access access = new Access(settings.token());
        ApiRoutes api = new ApiRoutes(corpus, settings);
        WebAssets web = new WebAssets();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.http.maxRequestSize = settings.maxUploadBytes();
            cfg.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "DENY");
            access.check(ctx);
        });
        api.register(app);
        web.register(app);
        for (HandlerType m : new HandlerType[] {HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE, HandlerType.PATCH}) {
            app.addHttpHandler(m, "/api/<rest>", ctx -> {
                throw ApiException.notFound("no API route " + ctx.method() + " " + ctx.path() + " (see /api/openapi.json)");
            });
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            String m = String.valueOf(e.getMessage());
            if (m.contains("exceeds") || m.contains("too large") || m.contains("Too Large")) {
                error(ctx, 413, "the request is larger than the limit of " + settings.maxUploadBytes() / (1024 * 1024) + " MB");
                return;
            }
            System.err.println("mirsad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            if (Boolean.getBoolean("mirsad.debug")) {
                e.printStackTrace();
            }
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "not found: " + ctx.path());
            }
        });
        app.start(settings.host(), settings.port());
        return new MirsadServer(app, settings, api.routes());
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ObjectNode o = JsonViews.object().put("status", status).put("message", message);
            ctx.contentType("application/json; charset=utf-8").result(o.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            ctx.contentType("text/plain; charset=utf-8").result((status + " " + message).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = settings.host();
        String shown = h.equals("0.0.0.0") ? "127.0.0.1" : h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h;
        return "http://" + shown + ":" + port() + "/";
    }

    /** The API routes served (method and path), for documentation checks. */
    public List<ApiRoutes.Route> routes() {
        return routes;
    }

    /** Stops the server. */
    @Override
    public void close() {
        app.stop();
    }
}

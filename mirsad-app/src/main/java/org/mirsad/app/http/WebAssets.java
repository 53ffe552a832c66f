package org.mirsad.app.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web UI: one page shell for every UI address, and the assets (script, style, fonts) named in
 * {@code web/assets.txt}. Assets are loaded into memory when the server starts and served only by
 * their exact listed name, so no request path can reach any other file.
 */
final class WebAssets {

    /** Addresses of the UI's pages; each is answered with the page shell, whose script draws the page. */
    static final List<String> PAGES = List.of("/", "/search", "/article/{id}", "/story/{id}", "/stories", "/entity",
            "/entities", "/quotes", "/paste");

    private record Asset(byte[] bytes, String type) {
    }

    private final Map<String, Asset> assets = new LinkedHashMap<>();
    private final byte[] shell;

    WebAssets() {
        for (String name : new String(load("assets.txt"), StandardCharsets.UTF_8).split("\n")) {
            String n = name.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                assets.put(n, new Asset(load(n), type(n)));
            }
        }
        shell = load("index.html");
    }

    private static byte[] load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("web asset missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return switch (ext) {
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "woff2" -> "font/woff2";
            case "svg" -> "image/svg+xml";
            case "html" -> "text/html; charset=utf-8";
            default -> "text/plain; charset=utf-8";
        };
    }

    /** The names of the assets served under {@code /assets/}. */
    List<String> names() {
        return List.copyOf(assets.keySet());
    }

    void register(Javalin app) {
        for (String page : PAGES) {
            app.get(page, this::page);
        }
        app.get("/assets/<name>", this::asset);
    }

    private void page(Context ctx) {
        ctx.header("Cache-Control", "no-cache").contentType("text/html; charset=utf-8").result(shell);
    }

    private void asset(Context ctx) {
        Asset a = assets.get(ctx.pathParam("name"));
        if (a == null) {
            throw ApiException.notFound("no such file");
        }
        ctx.header("Cache-Control", "public, max-age=600").contentType(a.type()).result(a.bytes());
    }
}

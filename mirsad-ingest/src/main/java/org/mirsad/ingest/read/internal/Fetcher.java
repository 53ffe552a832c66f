package org.mirsad.ingest.read.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polite HTTP fetching for feeds and the articles they link to: a named user agent, connect and
 * request timeouts, a size limit, redirects followed, and robots.txt honoured (rules for
 * {@code Mirsad} or {@code *}, fetched once per host; an unreachable robots.txt allows).
 */
public final class Fetcher {

    /** The user agent sent with every request. */
    public static final String USER_AGENT = "Mirsad/0.1 (Arabic news analysis; respects robots.txt)";
    /** Time allowed to connect and to receive a whole response. */
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;
    private final Map<String, List<String>> disallowed = new ConcurrentHashMap<>();

    /** A fetcher refusing bodies larger than {@code maxBytes}. */
    public Fetcher(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The body of {@code url}. */
    public byte[] get(String url) throws IOException {
        URI uri = URI.create(url);
        if (!allowed(uri)) {
            throw new IOException("disallowed by robots.txt");
        }
        return fetch(uri);
    }

    private byte[] fetch(URI uri) throws IOException {
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT).GET().build();
        try {
            HttpResponse<InputStream> resp = client.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = resp.body()) {
                if (resp.statusCode() / 100 != 2) {
                    throw new IOException("HTTP " + resp.statusCode());
                }
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (body.length > maxBytes) {
                    throw new IOException("response larger than " + maxBytes + " bytes");
                }
                return body;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad URL: " + e.getMessage(), e);
        }
    }

    /** Whether robots.txt of the URL's host lets Mirsad fetch its path. */
    boolean allowed(URI uri) {
        String host = uri.getScheme() + "://" + uri.getAuthority();
        List<String> rules = disallowed.computeIfAbsent(host, h -> {
            try {
                return parseRobots(new String(fetch(URI.create(h + "/robots.txt")), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        for (String prefix : rules) {
            if (!prefix.isEmpty() && path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    /** The Disallow path prefixes of a robots.txt that apply to Mirsad: its own group if present, else {@code *}. */
    public static List<String> parseRobots(String robots) {
        List<String> star = new ArrayList<>();
        List<String> own = new ArrayList<>();
        boolean ownGroup = false;
        List<String> current = null;
        boolean lastWasAgent = false;
        for (String raw : robots.split("\n")) {
            String line = raw.replaceAll("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (key.equals("user-agent")) {
                if (!lastWasAgent) {
                    current = null;
                }
                String agent = value.toLowerCase(Locale.ROOT);
                if (agent.equals("*")) {
                    current = star;
                } else if (agent.startsWith("mirsad")) {
                    current = own;
                    ownGroup = true;
                }
                lastWasAgent = true;
            } else {
                lastWasAgent = false;
                if (key.equals("disallow") && current != null) {
                    current.add(value);
                }
            }
        }
        return ownGroup ? own : star;
    }
}

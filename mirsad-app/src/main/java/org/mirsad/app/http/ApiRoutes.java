package org.mirsad.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.mirsad.app.corpus.EntityProfile;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.app.ingest.ItemAnalyzer;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.EntityType;
import org.mirsad.index.corpus.StatementView;
import org.mirsad.index.story.Story;
import org.mirsad.ingest.read.Format;
import org.mirsad.ingest.read.RawItem;

/**
 * The JSON API under {@code /api}. Each handler reads its parameters, calls {@link LiveCorpus} or
 * the engine, and writes the answer; the shapes are described in {@code /api/openapi.json}.
 */
public final class ApiRoutes {

    /** A route of the API: method and path (Javalin syntax, {@code {id}} for a parameter). */
    public record Route(String method, String path) {
    }

    /** Most results one search request returns. */
    public static final int MAX_LIMIT = 100;
    /** Deepest result offset of a search. */
    public static final int MAX_OFFSET = 1000;
    /** Most files one ingest request takes. */
    public static final int MAX_FILES = 100;

    private final LiveCorpus corpus;
    private final ServerSettings settings;
    private final ItemAnalyzer analyzer;
    private final List<Route> routes = new ArrayList<>();

    /** Routes over {@code corpus}. */
    public ApiRoutes(LiveCorpus corpus, ServerSettings settings) {
        this.corpus = corpus;
        this.settings = settings;
        this.analyzer = new ItemAnalyzer(corpus.engine());
    }

    /** The routes registered by {@link #register(Javalin)}. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    private void add(Javalin app, HandlerType method, String path, Handler h) {
        routes.add(new Route(method.name().toLowerCase(Locale.ROOT), path));
        app.addHttpHandler(method, path, h);
    }

    /** Registers every route on {@code app}. */
    public void register(Javalin app) {
        add(app, HandlerType.GET, "/api/health", ctx -> json(ctx, JsonViews.object().put("status", "ok")
                .put("articles", corpus.size())));
        add(app, HandlerType.GET, "/api/openapi.json", ctx -> {
            try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
            }
        });
        add(app, HandlerType.POST, "/api/analyze", this::analyze);
        add(app, HandlerType.POST, "/api/ingest", this::ingest);
        add(app, HandlerType.GET, "/api/search", this::search);
        add(app, HandlerType.GET, "/api/latest", ctx -> {
            ObjectNode o = JsonViews.object().put("total", corpus.size());
            o.set("articles", JsonViews.articles(corpus.latest(intParam(ctx, "limit", 20, 1, MAX_LIMIT))));
            json(ctx, o);
        });
        add(app, HandlerType.GET, "/api/documents/{id}", this::document);
        add(app, HandlerType.GET, "/api/documents/{id}/raw", this::raw);
        add(app, HandlerType.GET, "/api/duplicates", ctx -> {
            ObjectNode o = JsonViews.object();
            ArrayNode groups = o.putArray("groups");
            corpus.views().duplicates().stream().limit(intParam(ctx, "limit", 100, 1, 10_000))
                    .forEach(g -> groups.addObject().set("members", JsonViews.articles(g)));
            json(ctx, o);
        });
        add(app, HandlerType.GET, "/api/stories", ctx -> {
            int min = intParam(ctx, "min_articles", 2, 1, 10_000);
            List<Story> stories = corpus.views().stories(min);
            ObjectNode o = JsonViews.object().put("total", stories.size());
            ArrayNode a = o.putArray("stories");
            stories.stream().limit(intParam(ctx, "limit", 50, 1, 1000)).forEach(s -> a.add(JsonViews.story(s, false)));
            json(ctx, o);
        });
        add(app, HandlerType.GET, "/api/stories/{id}", ctx -> {
            org.mirsad.app.corpus.LiveViews.StoryView v = corpus.views().story(ctx.pathParam("id"))
                    .orElseThrow(() -> ApiException.notFound("no story with id " + ctx.pathParam("id")));
            ObjectNode o = JsonViews.story(v.story(), true);
            o.set("statements", JsonViews.statements(v.statements()));
            json(ctx, o);
        });
        add(app, HandlerType.GET, "/api/quotes", ctx -> {
            Map<String, List<StatementView>> by = corpus.views().statementsBySpeaker(ctx.queryParam("speaker"));
            int per = intParam(ctx, "per_speaker", 20, 1, 1000);
            ObjectNode o = JsonViews.object().put("speakers_total", by.size());
            ArrayNode a = o.putArray("speakers");
            by.entrySet().stream().limit(intParam(ctx, "limit", 50, 1, 1000)).forEach(e -> {
                ObjectNode x = a.addObject().put("speaker", e.getKey()).put("count", e.getValue().size());
                x.set("statements", JsonViews.statements(e.getValue().subList(0, Math.min(per, e.getValue().size()))));
            });
            json(ctx, o);
        });
        add(app, HandlerType.GET, "/api/entities", this::entities);
        add(app, HandlerType.GET, "/api/entity", ctx -> {
            String name = ctx.queryParam("name");
            if (name == null || name.isBlank()) {
                throw ApiException.badRequest("give the entity's name: /api/entity?name=...");
            }
            EntityProfile p = corpus.views().entity(name, type(ctx.queryParam("type")));
            if (p.articles() == 0) {
                throw ApiException.notFound("no article mentions '" + name.strip() + "'");
            }
            json(ctx, JsonViews.entity(p));
        });
    }

    static void json(Context ctx, JsonNode node) throws IOException {
        ctx.contentType("application/json; charset=utf-8").result(DocumentJson.mapper().writeValueAsBytes(node));
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest("parameter '" + name + "' must be between " + min + " and " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("parameter '" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    private static EntityType type(String t) {
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return EntityType.valueOf(t.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("unknown entity type '" + t + "' (use PERSON, ORG, LOC or MISC)");
        }
    }

    private void search(Context ctx) throws IOException {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiException.badRequest("give a query: /api/search?q=...");
        }
        int offset = intParam(ctx, "offset", 0, 0, MAX_OFFSET);
        int limit = intParam(ctx, "limit", 10, 1, MAX_LIMIT);
        int facets = intParam(ctx, "facets", 8, 0, 100);
        json(ctx, JsonViews.search(corpus.search(q, offset, limit, facets)));
    }

    private void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        LiveCorpus.StoredArticle a = corpus.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        ObjectNode o = JsonViews.object();
        o.put("id", id);
        o.set("document", DocumentJson.toJson(a.doc(), false));
        o.put("raw_available", a.hasRaw());
        Story story = corpus.views().storyOf(id).orElse(null);
        if (story == null) {
            o.putNull("story");
        } else {
            o.putObject("story").put("id", story.id()).put("size", story.articles().size()).put("title", story.articles().get(0).title());
        }
        o.set("duplicates", JsonViews.articles(corpus.views().duplicatesOf(id)));
        json(ctx, o);
    }

    private void raw(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        byte[] raw = corpus.raw(id).orElseThrow(() -> ApiException.notFound("no raw input kept for article " + id));
        String text;
        try {
            text = TextDecoder.decode(id, raw);
        } catch (InputException e) {
            text = new String(raw, StandardCharsets.UTF_8);
        }
        // always plain text: a raw page is shown as its source, never rendered
        ctx.contentType("text/plain; charset=utf-8").result(text.getBytes(StandardCharsets.UTF_8));
    }

    private void entities(Context ctx) throws IOException {
        List<EntityProfile.Count> all = corpus.views().entities(type(ctx.queryParam("type")), ctx.queryParam("q"));
        ObjectNode o = JsonViews.object().put("total", all.size());
        ArrayNode a = o.putArray("entities");
        all.stream().limit(intParam(ctx, "limit", 100, 1, 10_000)).forEach(c -> {
            int colon = c.value().indexOf(':');
            a.addObject().put("type", c.value().substring(0, colon)).put("name", c.value().substring(colon + 1)).put("articles", c.count());
        });
        json(ctx, o);
    }

    private void analyze(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (ctx.contentLength() > settings.maxBodyBytes()) {
            throw new ApiException(413, "the text is larger than the limit of " + settings.maxBodyBytes() / 1024 + " KB");
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > settings.maxBodyBytes()) {
            throw new ApiException(413, "the text is larger than the limit of " + settings.maxBodyBytes() / 1024 + " KB");
        }
        String text;
        String format;
        String url = null;
        LocalDate published = null;
        if (type.startsWith("application/json")) {
            JsonNode in;
            try {
                in = DocumentJson.mapper().readTree(body);
            } catch (IOException e) {
                throw ApiException.badRequest("the body is not valid JSON");
            }
            if (in == null || !in.path("text").isTextual()) {
                throw ApiException.badRequest("the JSON body needs a string field 'text'");
            }
            text = in.path("text").asText();
            format = in.path("format").asText("auto");
            url = in.hasNonNull("url") ? in.path("url").asText() : null;
            if (in.hasNonNull("published")) {
                try {
                    published = LocalDate.parse(in.path("published").asText());
                } catch (DateTimeParseException e) {
                    throw ApiException.badRequest("'published' must be a date YYYY-MM-DD");
                }
            }
        } else if (type.startsWith("text/plain") || type.startsWith("text/html") || type.isEmpty()) {
            text = new String(body, StandardCharsets.UTF_8);
            format = type.startsWith("text/html") ? "html" : type.startsWith("text/plain") ? "text" : "auto";
        } else {
            throw new ApiException(415, "send JSON {\"text\": ...}, text/plain or text/html, not " + ctx.contentType());
        }
        if (text.isBlank()) {
            throw ApiException.badRequest("the text is empty");
        }
        boolean html = switch (format.toLowerCase(Locale.ROOT)) {
            case "html" -> true;
            case "text" -> false;
            case "auto" -> looksLikeHtml(text);
            default -> throw ApiException.badRequest("'format' must be text, html or auto, not '" + format + "'");
        };
        RawItem item = new RawItem(url != null ? url : "pasted", html ? Format.HTML : Format.TEXT,
                text.getBytes(StandardCharsets.UTF_8), null, new RawItem.Hints(url, null, null, null, null));
        Document doc;
        try {
            doc = analyzer.analyze(item, published);
        } catch (InputException e) {
            throw new ApiException(422, e.getMessage());
        }
        ObjectNode o = JsonViews.object().put("stored", false).put("format", html ? "html" : "text");
        o.set("document", DocumentJson.toJson(doc, false));
        json(ctx, o);
    }

    /** True when a pasted text is an HTML page or fragment rather than plain text. */
    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 2000)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")
                && (head.contains("<p") || head.contains("<div") || head.contains("<body") || head.contains("<article"));
    }

    private void ingest(Context ctx) throws IOException, InterruptedException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            JsonNode in;
            try {
                in = DocumentJson.mapper().readTree(ctx.bodyAsBytes());
            } catch (IOException e) {
                throw ApiException.badRequest("the body is not valid JSON");
            }
            String url = in == null ? "" : in.path("url").asText("").strip();
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw ApiException.badRequest("the JSON body needs a field 'url' with an http:// or https:// address");
            }
            respond(ctx, ingest(List.of(url), o -> o, true));
            return;
        }
        if (!type.startsWith("multipart/form-data")) {
            throw new ApiException(415, "upload files as multipart/form-data (field 'file'), or send JSON {\"url\": ...}");
        }
        List<UploadedFile> files = ctx.uploadedFiles("file");
        if (files.isEmpty()) {
            throw ApiException.badRequest("no file in the upload (use the form field 'file')");
        }
        if (files.size() > MAX_FILES) {
            throw new ApiException(413, "at most " + MAX_FILES + " files per request");
        }
        Path dir = Files.createTempDirectory("mirsad-upload");
        try {
            List<String> inputs = new ArrayList<>();
            int n = 0;
            for (UploadedFile f : files) {
                Path p = dir.resolve(String.format(Locale.ROOT, "%03d-%s", n++, safeName(f.filename())));
                try (InputStream in = f.content()) {
                    Files.copy(in, p);
                }
                inputs.add(p.toString());
            }
            String prefix = dir.toString() + java.io.File.separator;
            respond(ctx, ingest(inputs, o -> o.startsWith(prefix) ? "upload/" + o.substring(prefix.length() + 4) : o, false));
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private LiveCorpus.IngestResult ingest(List<String> inputs, java.util.function.UnaryOperator<String> origins, boolean fetch)
            throws IOException, InterruptedException {
        try {
            return corpus.ingest(inputs, origins, fetch);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("in use by another")) {
                throw new ApiException(409, "the corpus is being written by another Mirsad process; try again when it is done");
            }
            throw e;
        }
    }

    /** A file name safe to create in a temporary folder (letters, digits, dot, dash, underscore). */
    static String safeName(String given) {
        String base = given == null ? "" : given.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceAll("^\\.+", "");
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() ? "upload" : base;
    }

    private static void respond(Context ctx, LiveCorpus.IngestResult r) throws IOException {
        ObjectNode o = JsonViews.object();
        o.set("report", r.report().toJson());
        o.set("stored", JsonViews.articles(r.stored()));
        json(ctx, o);
    }
}

package org.mirsad.app.eval.devset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Span;

/**
 * Reads the hand-annotated development set ({@code devset/NN-slug.txt} + {@code NN-slug.json}).
 *
 * <p>Format (see {@code devset/check.py}): the text file holds header lines (the title), a blank line,
 * then the body; the JSON file holds {@code published}, {@code quotes}, {@code quantities} and
 * {@code dates}, each annotation naming its text, located in the body by the rules of
 * {@link SpanLocator}. One unreadable article never stops the others: it is reported in
 * {@link DevSet#problems()}.
 */
public final class DevSetReader {

    private static final Pattern ARTICLE = Pattern.compile("\\d\\d-.*\\.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DevSetReader() {
    }

    /**
     * Reads every article of a folder.
     *
     * @throws DevSetException when the folder cannot be listed
     */
    public static DevSet read(Path dir) {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> ARTICLE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new DevSetException("cannot list development set folder " + dir + ": " + e.getMessage(), e);
        }
        List<DevArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path txt : texts) {
            String file = txt.getFileName().toString();
            String name = file.substring(0, file.length() - 4);
            try {
                articles.add(readArticle(dir, name));
            } catch (DevSetException e) {
                problems.add(name + ": " + e.getMessage());
            }
        }
        return new DevSet(articles, problems);
    }

    /**
     * Reads one article by name ({@code "01-wire-refugees"}).
     *
     * @throws DevSetException naming the file and the problem
     */
    public static DevArticle readArticle(Path dir, String name) {
        String raw = readString(dir.resolve(name + ".txt"));
        JsonNode ann;
        Path jsonPath = dir.resolve(name + ".json");
        try {
            ann = MAPPER.readTree(readString(jsonPath));
        } catch (IOException e) {
            throw new DevSetException(jsonPath + ": JSON error: " + e.getMessage(), e);
        }
        return parse(name, raw, ann);
    }

    /**
     * Builds an article from the text file's content and its parsed annotations.
     *
     * @throws DevSetException naming the problem
     */
    public static DevArticle parse(String name, String raw, JsonNode ann) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.replace("\r\n", "\n");
        int blank = text.indexOf("\n\n");
        if (blank < 0) {
            throw new DevSetException(name + ".txt: expected header lines, a blank line, then the body");
        }
        String header = text.substring(0, blank);
        String body = text.substring(blank + 2);
        LocalDate published;
        try {
            published = LocalDate.parse(ann.path("published").asText(""));
        } catch (DateTimeParseException e) {
            throw new DevSetException(name + ".json: bad published date '" + ann.path("published").asText("") + "'", e);
        }
        SpanLocator loc = new SpanLocator(body);
        List<DevQuote> quotes = new ArrayList<>();
        int i = 0;
        for (JsonNode q : ann.path("quotes")) {
            quotes.add(quote(loc, q, name + ".json quote[" + i++ + "]"));
        }
        List<DevQuantity> quantities = new ArrayList<>();
        i = 0;
        for (JsonNode q : ann.path("quantities")) {
            quantities.add(quantity(loc, q, name + ".json quantity[" + i++ + "]"));
        }
        List<DevDate> dates = new ArrayList<>();
        i = 0;
        for (JsonNode d : ann.path("dates")) {
            String where = name + ".json date[" + i++ + "]";
            String t = str(d, "text");
            Span span = at(where, () -> loc.locate("text", t, occ(d, "occurrence")));
            dates.add(new DevDate(span, t, str(d, "value")));
        }
        return new DevArticle(name, published, header, body, quotes, quantities, dates);
    }

    private static DevQuote quote(SpanLocator loc, JsonNode q, String where) {
        String cueText = str(q, "cue");
        Span cue = at(where, () -> loc.locate("cue", cueText, occ(q, "occurrence")));
        String speakerText = str(q, "speaker");
        Span speaker = speakerText == null ? null
                : at(where, () -> loc.locateSpeaker(speakerText, occ(q, "speaker_occurrence"), cue));
        String contentText = str(q, "content");
        Span content = at(where, () -> loc.locateContent(contentText, occ(q, "content_occurrence"), cue));
        List<String> via = new ArrayList<>();
        for (JsonNode v : q.path("via")) {
            via.add(v.asText());
        }
        return new DevQuote(cue, cueText, speaker, speakerText, content, contentText, q.path("direct").asBoolean(),
                via);
    }

    private static DevQuantity quantity(SpanLocator loc, JsonNode q, String where) {
        String t = str(q, "text");
        Span span = at(where, () -> loc.locate("text", t, occ(q, "occurrence")));
        JsonNode v = q.path("value");
        Double value = v.isNumber() ? v.asDouble() : null;
        Double low = null;
        Double high = null;
        JsonNode r = q.path("range");
        if (r.isArray() && r.size() == 2 && r.get(0).isNumber() && r.get(1).isNumber()) {
            low = r.get(0).asDouble();
            high = r.get(1).asDouble();
        } else if (!r.isMissingNode() && !r.isNull()) {
            throw new DevSetException(where + ": range must be [low, high]");
        }
        Qualifier qualifier;
        try {
            qualifier = Qualifier.fromJson(str(q, "qualifier"));
        } catch (IllegalArgumentException e) {
            throw new DevSetException(where + ": bad qualifier '" + str(q, "qualifier") + "'", e);
        }
        return new DevQuantity(span, t, value, low, high, str(q, "unit"), str(q, "counted"), qualifier);
    }

    private static Span at(String where, java.util.function.Supplier<Span> locate) {
        try {
            return locate.get();
        } catch (DevSetException e) {
            throw new DevSetException(where + ": " + e.getMessage(), e);
        }
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static Integer occ(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isInt() ? v.asInt() : null;
    }

    private static String readString(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DevSetException("cannot read " + p + ": " + e.getMessage(), e);
        }
    }
}

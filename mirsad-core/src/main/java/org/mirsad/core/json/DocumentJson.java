package org.mirsad.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Mention;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Quantity;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Sentence;
import org.mirsad.core.model.Span;
import org.mirsad.core.model.Token;
import org.mirsad.core.model.TokenKind;

/**
 * Reads and writes documents as JSON in the public field layout of {@code mirsad analyze}.
 *
 * <p>Field names are a public contract: {@code id, source, outlet, title, text, byline, dateline,
 * published, language, entities, quotes, quantities, dates, sources}. Layers that were not computed are
 * written as empty arrays. Tokens and sentences are written only when asked for.
 */
public final class DocumentJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DocumentJson() {
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, without tokens and sentences. */
    public static String toJsonLine(Document doc) {
        return write(MAPPER, toJson(doc, false));
    }

    /** Indented JSON, without tokens and sentences. */
    public static String toPrettyJson(Document doc) {
        return write(PRETTY, toJson(doc, false));
    }

    private static String write(ObjectMapper mapper, JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * The document as a JSON tree.
     *
     * @param withTextLayer also write {@code tokens} and {@code sentences}
     */
    public static ObjectNode toJson(Document doc, boolean withTextLayer) {
        ObjectNode o = MAPPER.createObjectNode();
        Metadata m = doc.meta();
        o.put("id", m.id());
        o.put("source", m.source());
        o.put("outlet", m.outlet());
        o.put("title", m.title());
        o.put("text", doc.text());
        o.put("byline", m.byline());
        o.put("dateline", m.dateline());
        o.put("published", m.published() == null ? null : m.published().toString());
        o.put("language", m.language());
        ArrayNode entities = o.putArray("entities");
        for (Entity e : doc.getOrEmpty(Layer.ENTITIES)) {
            ObjectNode n = entities.addObject();
            n.put("text", e.text());
            n.put("type", e.type().name());
            n.put("start", e.span().start());
            n.put("end", e.span().end());
            n.put("canonical", e.canonical());
            n.put("role", e.role());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : doc.getOrEmpty(Layer.QUOTES)) {
            ObjectNode n = quotes.addObject();
            if (q.speaker() == null) {
                n.putNull("speaker");
            } else {
                writeMention(n.putObject("speaker"), q.speaker(), true);
            }
            writeMention(n.putObject("cue"), q.cue(), false);
            n.put("content", q.content().in(doc.text()));
            n.put("contentStart", q.content().start());
            n.put("contentEnd", q.content().end());
            n.put("start", q.span().start());
            n.put("end", q.span().end());
            n.put("direct", q.direct());
            ArrayNode via = n.putArray("via");
            q.via().forEach(via::add);
        }
        ArrayNode quantities = o.putArray("quantities");
        for (Quantity q : doc.getOrEmpty(Layer.QUANTITIES)) {
            ObjectNode n = quantities.addObject();
            n.put("text", q.text());
            putNumber(n, "value", q.value());
            n.put("unit", q.unit());
            n.put("counted", q.counted());
            n.put("qualifier", q.qualifier() == null ? null : q.qualifier().jsonName());
            if (q.range() != null) {
                ArrayNode range = n.putArray("range");
                range.add(q.range().low());
                range.add(q.range().high());
            }
            n.put("start", q.span().start());
            n.put("end", q.span().end());
        }
        ArrayNode dates = o.putArray("dates");
        for (DateMention d : doc.getOrEmpty(Layer.DATES)) {
            ObjectNode n = dates.addObject();
            n.put("text", d.text());
            n.put("value", d.value());
            n.put("start", d.span().start());
            n.put("end", d.span().end());
        }
        ArrayNode sources = o.putArray("sources");
        doc.getOrEmpty(Layer.SOURCES).forEach(sources::add);
        if (withTextLayer) {
            ArrayNode sentences = o.putArray("sentences");
            for (Sentence s : doc.getOrEmpty(Layer.SENTENCES)) {
                sentences.addObject().put("start", s.span().start()).put("end", s.span().end());
            }
            ArrayNode tokens = o.putArray("tokens");
            for (Token t : doc.getOrEmpty(Layer.TOKENS)) {
                ObjectNode n = tokens.addObject();
                n.put("start", t.start());
                n.put("end", t.end());
                n.put("kind", t.kind().name());
                n.put("norm", t.norm());
                n.put("prefix", t.prefix());
                n.put("stem", t.stem());
                n.put("suffix", t.suffix());
            }
        }
        return o;
    }

    private static void writeMention(ObjectNode n, Mention m, boolean withCanonical) {
        n.put("text", m.text());
        n.put("start", m.span().start());
        n.put("end", m.span().end());
        if (withCanonical) {
            n.put("canonical", m.canonical());
        }
    }

    private static void putNumber(ObjectNode n, String field, Double value) {
        if (value == null) {
            n.putNull(field);
        } else if (value == Math.rint(value) && Math.abs(value) < 9.007199254740992E15) {
            n.put(field, value.longValue());
        } else {
            n.put(field, value);
        }
    }

    /** Parses one JSON line written by {@link #toJsonLine(Document)}. */
    public static Document fromJsonLine(String line) {
        try {
            return fromJson(MAPPER.readTree(line));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON document: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Rebuilds a document from its JSON tree. Layers present in the JSON are set; the raw input is not
     * part of this format.
     */
    public static Document fromJson(JsonNode o) {
        String text = o.path("text").asText("");
        String published = str(o, "published");
        Metadata meta = new Metadata(o.path("id").asText(), str(o, "source"), str(o, "outlet"), str(o, "title"),
                str(o, "byline"), str(o, "dateline"), published == null ? null : LocalDate.parse(published),
                str(o, "language"));
        Map<Layer<?>, List<?>> layers = new LinkedHashMap<>();
        List<Entity> entities = new ArrayList<>();
        for (JsonNode n : o.path("entities")) {
            entities.add(new Entity(span(n), n.path("text").asText(), EntityType.valueOf(n.path("type").asText()),
                    n.path("canonical").asText(), str(n, "role")));
        }
        layers.put(Layer.ENTITIES, entities);
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode n : o.path("quotes")) {
            JsonNode sp = n.path("speaker");
            Mention speaker = sp.isObject() ? new Mention(span(sp), sp.path("text").asText(), str(sp, "canonical")) : null;
            JsonNode cue = n.path("cue");
            List<String> via = new ArrayList<>();
            n.path("via").forEach(v -> via.add(v.asText()));
            quotes.add(new Quote(span(n), speaker, new Mention(span(cue), cue.path("text").asText(), null),
                    new Span(n.path("contentStart").asInt(), n.path("contentEnd").asInt()),
                    n.path("direct").asBoolean(), via));
        }
        layers.put(Layer.QUOTES, quotes);
        List<Quantity> quantities = new ArrayList<>();
        for (JsonNode n : o.path("quantities")) {
            JsonNode v = n.path("value");
            quantities.add(new Quantity(span(n), n.path("text").asText(), v.isNumber() ? v.asDouble() : null,
                    str(n, "unit"), str(n, "counted"), Qualifier.fromJson(str(n, "qualifier")),
                    n.path("range").size() == 2 ? new Quantity.Range(n.path("range").get(0).asDouble(),
                            n.path("range").get(1).asDouble()) : null));
        }
        layers.put(Layer.QUANTITIES, quantities);
        List<DateMention> dates = new ArrayList<>();
        for (JsonNode n : o.path("dates")) {
            dates.add(new DateMention(span(n), n.path("text").asText(), str(n, "value")));
        }
        layers.put(Layer.DATES, dates);
        List<String> sources = new ArrayList<>();
        o.path("sources").forEach(s -> sources.add(s.asText()));
        layers.put(Layer.SOURCES, sources);
        if (o.has("sentences")) {
            List<Sentence> sentences = new ArrayList<>();
            o.path("sentences").forEach(n -> sentences.add(new Sentence(span(n))));
            layers.put(Layer.SENTENCES, sentences);
        }
        if (o.has("tokens")) {
            List<Token> tokens = new ArrayList<>();
            for (JsonNode n : o.path("tokens")) {
                tokens.add(new Token(span(n), TokenKind.valueOf(n.path("kind").asText()), n.path("norm").asText(),
                        n.path("prefix").asText(), n.path("stem").asText(), n.path("suffix").asText()));
            }
            layers.put(Layer.TOKENS, tokens);
        }
        return new Document(meta, text, layers, null);
    }

    private static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}

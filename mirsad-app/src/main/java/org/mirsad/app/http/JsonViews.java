package org.mirsad.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.mirsad.app.corpus.ArticleRef;
import org.mirsad.app.corpus.EntityProfile;
import org.mirsad.app.corpus.LiveCorpus;
import org.mirsad.core.json.DocumentJson;
import org.mirsad.index.corpus.StatementView;
import org.mirsad.index.story.Story;
import org.mirsad.index.story.StoryArticle;

/** The JSON shapes of the API's answers (see {@code openapi.json}). */
final class JsonViews {

    private JsonViews() {
    }

    static ObjectNode object() {
        return DocumentJson.mapper().createObjectNode();
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static ObjectNode article(ArticleRef a) {
        return object().put("id", a.id()).put("title", a.title()).put("outlet", a.outlet()).put("published", date(a.published()));
    }

    static ArrayNode articles(List<ArticleRef> list) {
        ArrayNode a = DocumentJson.mapper().createArrayNode();
        list.forEach(r -> a.add(article(r)));
        return a;
    }

    static ObjectNode search(LiveCorpus.SearchPage page) {
        ObjectNode o = object();
        o.put("offset", page.offset());
        return org.mirsad.app.corpus.SearchJson.result(o, page.result(), page.labels());
    }

    static ObjectNode statement(StatementView v) {
        ObjectNode o = object().put("article", v.articleId()).put("published", date(v.published())).put("outlet", v.outlet())
                .put("speaker", v.speaker()).put("cue", v.cue()).put("content", v.content()).put("direct", v.direct());
        ArrayNode via = o.putArray("via");
        v.via().forEach(via::add);
        return o;
    }

    static ArrayNode statements(List<StatementView> list) {
        ArrayNode a = DocumentJson.mapper().createArrayNode();
        list.forEach(v -> a.add(statement(v)));
        return a;
    }

    static ObjectNode story(Story s, boolean withBodies) {
        ObjectNode o = object();
        o.put("id", s.id());
        o.put("title", s.articles().get(0).title());
        o.put("size", s.articles().size());
        o.put("first", date(s.first()));
        o.put("last", date(s.last()));
        o.putPOJO("outlets", s.outlets());
        o.putPOJO("terms", s.terms());
        ArrayNode arts = o.putArray("articles");
        for (StoryArticle a : s.articles()) {
            ObjectNode x = arts.addObject().put("id", a.id()).put("published", date(a.published())).put("outlet", a.outlet())
                    .put("title", a.title());
            if (withBodies) {
                String b = a.body();
                x.put("lead", b.length() <= 280 ? b : b.substring(0, 280) + "…");
            }
        }
        return o;
    }

    static ArrayNode counts(List<EntityProfile.Count> list) {
        ArrayNode a = DocumentJson.mapper().createArrayNode();
        list.forEach(c -> a.addObject().put("value", c.value()).put("count", c.count()));
        return a;
    }

    static ObjectNode entity(EntityProfile p) {
        ObjectNode o = object();
        o.put("name", p.name());
        o.put("type", p.type().name());
        o.put("articles", p.articles());
        o.set("timeline", counts(p.timeline()));
        o.set("roles", counts(p.roles()));
        o.set("spellings", counts(p.spellings()));
        o.set("statements_by", statements(p.by()));
        o.set("statements_about", statements(p.about()));
        ArrayNode co = o.putArray("cooccurring");
        for (EntityProfile.Count c : p.cooccurring()) {
            int colon = c.value().indexOf(':');
            co.addObject().put("type", c.value().substring(0, colon)).put("name", c.value().substring(colon + 1)).put("count", c.count());
        }
        o.set("recent", articles(p.recent()));
        return o;
    }
}

package org.mirsad.extract.date;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Span;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.date.internal.DateParser;
import org.mirsad.extract.internal.NameCover;

/**
 * Finds date and time expressions ({@code أمس الاثنين، 12 آذار/مارس 2024، الأسبوع الماضي، الساعة
 * الثامنة مساءً}) and resolves them to ISO-8601 against the document's publication date
 * ({@link org.mirsad.core.model.Metadata#published()}); an expression that cannot be resolved is kept
 * with a null value. Pure and thread-safe.
 */
public final class DateStage implements Stage {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public Document apply(Document document) {
        List<DateMention> found = DateParser.find(document.text(), document.get(Layer.TOKENS),
                document.get(Layer.SENTENCES), document.meta().published());
        return document.with(Layer.DATES, outsideNames(found, document.getOrEmpty(Layer.ENTITIES)));
    }

    /**
     * The dates that do not lie inside a longer name of a person or organization, when the entities layer is
     * there: a family name (ماجد الجمعة، سعيد رمضان) or a name that holds a date (جامعة 6 أكتوبر) is no date;
     * a date the tagger took alone for a name (نيسان) stays.
     */
    static List<DateMention> outsideNames(List<DateMention> found, List<Entity> entities) {
        if (entities.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<DateMention> out = new ArrayList<>(found.size());
        NameCover names = new NameCover(entities);
        for (DateMention d : found) {
            Span sp = d.span();
            Entity name = names.at(sp.start(), e -> (e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
                    && sp.end() <= e.span().end()
                    && e.span().end() - e.span().start() > sp.end() - sp.start()); // not نيسان alone: the tagger's word against the month's
            if (name == null) {
                out.add(d);
            }
        }
        return out;
    }
}

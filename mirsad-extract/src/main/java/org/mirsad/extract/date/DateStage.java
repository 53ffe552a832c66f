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
 * with a null value. When the article names today's or yesterday's weekday (اليوم الأربعاء، أمس الثلاثاء) and
 * every such mention points to a day one day off the publication date given, that day is the anchor instead
 * ({@link #writtenOn}); the document's metadata keeps the date its container gave. Pure and thread-safe.
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
        java.time.LocalDate published = document.meta().published();
        List<DateMention> found = DateParser.find(document.text(), document.get(Layer.TOKENS),
                document.get(Layer.SENTENCES), published);
        java.time.LocalDate written = writtenOn(found, published);
        if (written != null) {
            found = DateParser.find(document.text(), document.get(Layer.TOKENS), document.get(Layer.SENTENCES), written);
        }
        return document.with(Layer.DATES, outsideNames(found, document.getOrEmpty(Layer.ENTITIES)));
    }

    /** «اليوم الأربعاء» or «(مساء) أمس الثلاثاء», with a conjunction or ب written on it. */
    private static final java.util.regex.Pattern NAMED_DAY = java.util.regex.Pattern.compile(
            "^[وف]?ب?(?:(?:صباح|مساء|ظهر|عصر|فجر|ليلة|نهار)\\s+)?(اليوم|أمس|امس)\\s+(ال)?(أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)$");

    /**
     * The day the article was written when its own words say so and the publication date given is a day
     * off: every «اليوم + weekday» and «أمس + weekday» in it (resolved to that weekday) points to one day,
     * one day before or after {@code published}. Crawls and dumps often date an article by when it was
     * fetched; relative dates (أمس، غدا، الأحد الماضي) are then resolved against the day written. Else null.
     */
    static java.time.LocalDate writtenOn(List<DateMention> found, java.time.LocalDate published) {
        if (published == null) {
            return null;
        }
        java.time.LocalDate day = null;
        for (DateMention d : found) {
            java.util.regex.Matcher m = NAMED_DAY.matcher(d.text().strip());
            if (!m.matches() || d.value() == null || d.value().length() != 10) {
                continue;
            }
            java.time.LocalDate v = java.time.LocalDate.parse(d.value());
            java.time.LocalDate today = m.group(1).equals("اليوم") ? v : v.plusDays(1);
            if (day != null && !day.equals(today)) {
                return null; // the article names days that disagree: keep the date given
            }
            day = today;
        }
        return day != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(published, day)) == 1 ? day : null;
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

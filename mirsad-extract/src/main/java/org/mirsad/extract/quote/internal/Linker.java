package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Span;

/**
 * Links speaker spans to named entities.
 *
 * <p>Rules:
 * <ol>
 *   <li>An entity overlapping the speaker span gives its canonical name: a person before an
 *       organization before anything else, then the larger overlap.</li>
 *   <li>When that entity starts inside the speaker and runs past its end (a name the chunker cut
 *       short), the speaker span is extended to the entity's end, unless that crosses {@code limit}.</li>
 *   <li>A nominal speaker with no entity ("الوزير") takes the canonical name of the nearest earlier
 *       person or organization whose role contains the speaker's head noun.</li>
 * </ol>
 */
public final class Linker {

    private final List<Entity> entities;
    private final String[] roles;

    /** Links against the given entities (any order). */
    public Linker(List<Entity> entities) {
        List<Entity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparing(Entity::span));
        this.entities = sorted;
        this.roles = new String[sorted.size()];
    }

    /** The normalized role of entity i (normalized on first use). */
    private String role(int i) {
        String r = roles[i];
        if (r == null) {
            r = Lexicon.norm(entities.get(i).role());
            roles[i] = r;
        }
        return r;
    }

    /** Whether {@code offset} lies inside a named person or organization. */
    public boolean insideName(int offset) {
        return nameCovering(offset) != null;
    }

    /** The person or organization whose span contains {@code offset}, or null. */
    public Entity nameCovering(int offset) {
        for (Entity e : entities) {
            if (e.span().start() > offset) {
                break;
            }
            if (offset < e.span().end() && (e.type() == EntityType.PERSON || e.type() == EntityType.ORG)) {
                return e;
            }
        }
        return null;
    }

    /** The entity (any type) whose span begins at {@code offset}, or null. */
    public Entity startingAt(int offset) {
        for (Entity e : entities) {
            if (e.span().start() > offset) {
                break;
            }
            if (e.span().start() == offset) {
                return e;
            }
        }
        return null;
    }

    /** The entity (any type) whose span ends at {@code offset}, or null. */
    public Entity entityEndingAt(int offset) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.span().start() >= offset) {
                break;
            }
            if (e.span().end() == offset) {
                found = e;
            }
        }
        return found;
    }

    /** The latest person named before {@code offset}, or null. */
    public Entity personBefore(int offset) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.span().end() > offset) {
                break;
            }
            if (e.type() == EntityType.PERSON) {
                best = e;
            }
        }
        return best;
    }

    /**
     * Whether a normalized role holds the head as a word of its own, bare or with the article or و, that is no
     * body the person holds an office in (الوزير matches «وزير الخارجية», never «وزيرة الثقافة»: the feminine is
     * another person; لجنة التقييم is not the person whose role is «رئيس لجنة التقييم»، nor المرصد «مدير المرصد»).
     */
    static boolean roleHasWord(String role, String head) {
        String[] words = role.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!(w.equals(head) || w.equals("ال" + head) || w.equals("و" + head) || w.equals("وال" + head))) {
                continue;
            }
            String prev = i == 0 ? "" : words[i - 1].startsWith("ال") ? words[i - 1].substring(2) : words[i - 1];
            if (!OFFICES.contains(prev)) {
                return true; // not the body the person heads or speaks for (رئيس لجنة التقييم، المتحدث باسم الوزارة)
            }
        }
        return false;
    }

    /** Words that make the noun after them the body a person holds office in, normalized without the article. */
    private static final java.util.Set<String> OFFICES = java.util.stream.Stream.of("رئيس", "رئيسة", "مدير", "مديرة",
            "متحدث", "متحدثة", "ناطق", "ناطقة", "باسم", "أمين", "مسؤول", "مسؤولة", "عضو", "ممثل", "ممثلة", "سفير",
            "محافظ", "قائد", "زعيم", "مؤسس", "وكيل", "مستشار", "نائب", "منسق", "منسقة", "مندوب", "مندوبة")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The result of linking: the possibly extended span and the canonical name or null. */
    public record Link(Span span, String canonical) {
    }

    /** Outlet, document and organization heads an organization's name may follow in a speaker that is that organization, normalized. */
    private static final java.util.Set<String> HEADS = java.util.stream.Stream.of("صحيفة", "جريدة", "مجلة", "وكالة",
            "قناة", "موقع", "شبكة", "إذاعة", "تلفزيون", "بيان", "بيانات", "تقرير", "دراسة", "إحصاءات", "أرقام",
            "حركة", "حزب", "نادي", "جماعة", "تنظيم", "منظمة", "شركة", "مؤسسة")
            .map(Lexicon::norm).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether the words of {@code text} from {@code from} to {@code to} are all such heads, bare or with ل or ال. */
    static boolean onlyHeadsBefore(String text, int from, int to) {
        String between = text.substring(from, to).strip();
        if (between.isEmpty()) {
            return true;
        }
        for (String w : between.split(" ")) {
            String n = Lexicon.norm(lettersOf(w));
            if (n.isEmpty()) {
                continue; // صحيفة "ديلي ميل": the quotation mark
            }
            if (!(HEADS.contains(n) || n.startsWith("ل") && HEADS.contains(n.substring(1))
                    || n.startsWith("ال") && HEADS.contains(n.substring(2)))) {
                return false;
            }
        }
        return true;
    }

    /** The letters of a word, without quotation marks and other signs. */
    private static String lettersOf(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Links a speaker span in {@code text}; {@code head} is its normalized first word, {@code limit} the
     * furthest offset it may grow to. A place or organization inside the speaker is its canonical name only
     * where it opens the speaker or follows nothing but outlet and document heads (صحيفة هآرتس، بيان لوزارة
     * الخارجية); a title before it names someone else (مبعوثة الولايات المتحدة).
     */
    public Link link(Span speaker, String head, int limit, String text) {
        Entity best = null;
        int bestScore = -1;
        for (Entity e : entities) {
            if (e.span().start() >= speaker.end()) {
                break;
            }
            if (!e.span().overlaps(speaker)) {
                continue;
            }
            if (e.type() != EntityType.PERSON && e.span().start() > speaker.start() + 2
                    && !(e.type() == EntityType.ORG && onlyHeadsBefore(text, speaker.start(), e.span().start()))) {
                continue; // مبعوثة الولايات المتحدة، المتحدث باسم الحزب: the place or body is not who spoke (صحيفة X، بيان لوزارة X: it is)
            }
            int overlap = Math.min(e.span().end(), speaker.end()) - Math.max(e.span().start(), speaker.start());
            int rank = e.type() == EntityType.PERSON ? 3 : e.type() == EntityType.ORG ? 2 : 1;
            int score = rank * 100_000 + overlap;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best != null) {
            Span s = speaker;
            if (best.span().start() >= speaker.start() && best.span().end() > speaker.end() && best.span().end() <= limit) {
                s = new Span(speaker.start(), best.span().end());
            }
            return new Link(s, best.canonical());
        }
        if (head != null && head.length() > 2) {
            String h = head.startsWith("ال") ? head.substring(2) : head;
            for (int i = entities.size() - 1; i >= 0; i--) {
                Entity e = entities.get(i);
                if (e.span().start() >= speaker.start() || e.role() == null
                        || e.type() != EntityType.PERSON && e.type() != EntityType.ORG) {
                    continue;
                }
                if (roleHasWord(role(i), h)) {
                    return new Link(speaker, e.canonical());
                }
            }
        }
        return new Link(speaker, null);
    }
}

package org.mirsad.extract.clean.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mirsad.core.model.OffsetMap;
import org.mirsad.extract.clean.BoilerplateProfile;
import org.mirsad.extract.clean.CleanArticle;
import org.mirsad.extract.clean.CleaningHints;
import org.mirsad.extract.clean.DroppedLine;
import org.mirsad.extract.clean.LineKind;

/**
 * One cleaning of one raw article. Steps, in order:
 * <ol>
 *   <li>split into trimmed non-blank lines ({@link Line#split});</li>
 *   <li>cue-and-shape debris rules ({@link DebrisRules}); lines the outlet profile knows become {@code PROFILE};
 *       the lines of each paragraph of a hard-wrapped text are joined ({@link HardWraps}) and judged again; a
 *       related heading takes the headline-like lines under it ({@link RelatedBlocks});</li>
 *   <li>repeats of earlier lines become {@code DUPLICATE}; a truncated line followed by its full form
 *       is a caption prefix ({@link Captions});</li>
 *   <li>the head (lines before the first strong sentence) gives the title, bylines and mastheads
 *       ({@link Head});</li>
 *   <li>the body block is the best-scoring run of the remaining lines ({@link BodyBlock}); what is left
 *       before it is {@code HEAD}, after it {@code TAIL};</li>
 *   <li>a share bar glued to the start of the first paragraph ({@link LeadingShare}) and a dateline/byline
 *       opening it are cut off ({@link Credits#leading});</li>
 *   <li>the body is assembled from verbatim segments with an {@link OffsetMap}.</li>
 * </ol>
 */
public final class CleaningRun {

    private List<Line> lines;
    private final BoilerplateProfile profile;
    private final CleaningHints hints;
    private final Set<Integer> captionPrefixes = new HashSet<>();
    private String dateline;
    private String byline;
    private Line title;

    private CleaningRun(String raw, BoilerplateProfile profile, CleaningHints hints) {
        this.lines = Line.split(raw);
        this.profile = profile;
        this.hints = hints;
    }

    /** Cleans {@code raw} with the given profile. */
    public static CleanArticle clean(String raw, BoilerplateProfile profile) {
        return clean(raw, profile, CleaningHints.NONE);
    }

    /**
     * Cleans {@code raw} with the given profile and what its container said: a given title that opens
     * the text is the title whatever its shape; a given credit that reads as one gives the byline and
     * dateline, and is cut where the text repeats it (a line of its own, or the opening of the story).
     */
    public static CleanArticle clean(String raw, BoilerplateProfile profile, CleaningHints hints) {
        return new CleaningRun(raw == null ? "" : raw, profile, hints).run();
    }

    private CleanArticle run() {
        if (lines.isEmpty()) {
            return new CleanArticle(null, "", null, null, null, OffsetMap.builder().build(), List.of(), null, List.of());
        }
        if (hints.title() != null && lines.get(0).key.equals(LineKey.of(hints.title()))) {
            lines.get(0).kind = LineKind.TITLE;
        }
        if (hints.credit() != null) {
            CreditParts.Reading r = CreditParts.read(hints.credit());
            if (r != null) {
                takeCredit(new Credit(r.dateline(), r.byline(), 0));
            }
        }
        markDebris();
        markCreditLines();
        markDuplicates();
        Captions.markPrefixes(lines, captionPrefixes);
        Head head = Head.analyze(lines);
        title = head.title();
        if (head.credit() != null) {
            takeCredit(head.credit());
        }
        chooseBody();
        return assemble();
    }

    private void markDebris() {
        for (Line l : lines) {
            classify(l);
        }
        List<Line> unwrapped = HardWraps.unwrap(lines);
        if (unwrapped != lines) {
            lines = unwrapped;
            for (Line l : lines) {
                if (l.kind == null && l.joined()) {
                    classify(l);
                }
            }
        }
        RelatedBlocks.mark(lines);
    }

    private void classify(Line l) {
        if (l.kind == LineKind.TITLE) {
            return; // the title the container gave
        }
        if (l.noWords()) {
            l.kind = LineKind.HEAD; // symbols only; placed as HEAD/TAIL later
            return;
        }
        LineKind k = DebrisRules.kindOf(l);
        if (k == null && profile.isBoilerplate(l.text)) {
            k = LineKind.PROFILE;
        }
        l.kind = k;
    }

    /** Lines that repeat the container's credit are bylines. */
    private void markCreditLines() {
        if (hints.credit() == null) {
            return;
        }
        String key = LineKey.of(hints.credit());
        for (Line l : lines) {
            if (l.kind == null && !key.isEmpty() && l.key.equals(key)) {
                l.kind = LineKind.BYLINE;
            }
        }
    }

    private void markDuplicates() {
        Set<String> seen = new HashSet<>();
        for (Line l : lines) {
            if (l.key.isEmpty()) {
                continue;
            }
            if (!seen.add(l.key) && l.kind == null) {
                l.kind = LineKind.DUPLICATE;
            }
        }
    }

    private void takeCredit(Credit c) {
        if (dateline == null && c.dateline() != null) {
            dateline = c.dateline();
        }
        if (byline == null && c.byline() != null) {
            byline = c.byline();
        }
    }

    private void chooseBody() {
        int[] block = BodyBlock.find(lines);
        if (block == null) {
            boolean any = false;
            for (Line l : lines) {
                if (l.kind == null) {
                    l.kind = LineKind.BODY;
                    any = true;
                }
            }
            if (!any && title != null) {
                title.kind = LineKind.BODY;
                title = null;
            }
        } else {
            for (Line l : lines) {
                if (l.kind == null) {
                    l.kind = l.index < block[0] ? LineKind.HEAD : l.index > block[1] ? LineKind.TAIL : LineKind.BODY;
                }
            }
        }
        Line first = null;
        Line second = null;
        for (Line l : lines) {
            if (l.kind == LineKind.BODY) {
                if (first == null) {
                    first = l;
                } else {
                    second = l;
                    break;
                }
            }
        }
        if (title == null && first != null && second != null && Head.headlineShaped(first)
                && first.shape.words < second.shape.words) {
            first.kind = LineKind.TITLE;
            title = first;
            first = second;
        }
        if (first != null) {
            int share = LeadingShare.length(first.text); // شارك من خلال تويتر فيسبوك اكتب رأيك أكد الوزير ...
            int given = givenCreditLength(first.text, share);
            Credit c = given > 0 ? null : Credits.leading(first.text.substring(share));
            first.skip = share + given + (c != null ? c.skip() : 0);
            if (c != null) {
                takeCredit(c);
            }
        }
        boolean seenBody = false;
        for (Line l : lines) {
            if (l.kind == LineKind.BODY) {
                seenBody = true;
            } else if (l.kind == LineKind.HEAD && l.noWords() && seenBody) {
                l.kind = LineKind.TAIL;
            }
        }
    }

    /**
     * How many chars from {@code from} the container's credit takes when the story opens with it
     * («حاتم العميري - سبق - مكة المكرمة: دشّن …»), up to where the story starts; 0 when it does not open
     * with it or more of a credit follows (a colon or a dash).
     */
    private int givenCreditLength(String text, int from) {
        String credit = hints.credit();
        if (credit == null || !text.startsWith(credit, from)) {
            return 0;
        }
        int i = from + credit.length();
        if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            return 0; // the credit is a prefix of a longer word
        }
        while (i < text.length() && Line.isTrimmable(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) == ':' || LineShape.isDash(text.charAt(i))) {
            return 0;
        }
        return i - from;
    }

    private CleanArticle assemble() {
        StringBuilder body = new StringBuilder();
        OffsetMap.Builder map = OffsetMap.builder();
        List<DroppedLine> dropped = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        LocalDate published = null;
        String outlet = null;
        for (Line l : lines) {
            if (l.kind == LineKind.BODY) {
                if (body.length() > 0) {
                    body.append('\n');
                }
                l.mapInto(map, body.length(), l.skip);
                body.append(l.text, l.skip, l.text.length());
                continue;
            }
            dropped.add(new DroppedLine(l.text, l.kind, l.rawStart));
            if (l.kind == LineKind.CAPTION && !captionPrefixes.contains(l.index)) {
                captions.add(l.text);
            } else if (l.kind == LineKind.STAMP && published == null) {
                published = DateStamps.parse(l);
            } else if (l.kind == LineKind.MASTHEAD && outlet == null) {
                outlet = Outlets.name(l.text);
            }
        }
        if (outlet == null && profile.outlet() != null) {
            outlet = Outlets.name(profile.outlet());
        }
        return new CleanArticle(title == null ? null : title.text, body.toString(), byline, dateline, outlet,
                map.build(), dropped, published, captions);
    }
}

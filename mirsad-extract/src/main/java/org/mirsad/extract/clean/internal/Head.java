package org.mirsad.extract.clean.internal;

import java.util.List;
import org.mirsad.extract.clean.LineKind;

/**
 * The head of an article: the undecided lines before the first strong sentence ({@link LineShape#strong}).
 *
 * <p>Rules:
 * <ol>
 *   <li>a line that is a credit without context ({@link Credits#ofLine} with {@code afterTitle=false}) is a
 *       {@code BYLINE};</li>
 *   <li>a line opened by an outlet word ({@link DebrisRules#isMastheadCue}) is a {@code MASTHEAD};</li>
 *   <li>the title is the headline-shaped line ({@link #headlineShaped}) with the best {@link #titleScore}
 *       (longer is better, below the menus is better, bars are worse; ties go to the first);</li>
 *   <li>undecided lines before the title of at most {@link #MAX_MASTHEAD_WORDS} words are
 *       {@code MASTHEAD}; the others stay for the body block to judge;</li>
 *   <li>after the title, credit lines in context ({@code afterTitle=true}) are {@code BYLINE}.</li>
 * </ol>
 */
public final class Head {

    /** Words counted in a title score. */
    public static final int MAX_SCORED_WORDS = 20;
    /** Bonus of a title candidate that no navigation/staff line follows. */
    public static final int AFTER_MENU_BONUS = 4;
    /** Penalty per separator in a title candidate. */
    public static final int SEPARATOR_PENALTY = 4;
    /** Most words of a title. */
    public static final int MAX_TITLE_WORDS = 30;
    /** Most words of a masthead line above the title. */
    public static final int MAX_MASTHEAD_WORDS = 6;

    private final Line title;
    private final Credit credit;

    private Head(Line title, Credit credit) {
        this.title = title;
        this.credit = credit;
    }

    /** The title line, or null. */
    public Line title() {
        return title;
    }

    /** The first credit found, or null. */
    public Credit credit() {
        return credit;
    }

    /**
     * The title score of a headline-shaped head line: its words (up to {@link #MAX_SCORED_WORDS}), plus
     * {@link #AFTER_MENU_BONUS} when no navigation or staff line follows it in the head, minus
     * {@link #SEPARATOR_PENALTY} per separator (tickers and taglines carry bars).
     */
    static int titleScore(Line l, boolean afterMenus) {
        return Math.min(l.shape.words, MAX_SCORED_WORDS) + (afterMenus ? AFTER_MENU_BONUS : 0)
                - SEPARATOR_PENALTY * l.shape.separators;
    }

    /** A line shaped like a headline: 1–30 words, no full stop, no share of separators. */
    public static boolean headlineShaped(Line l) {
        LineShape s = l.shape;
        return s.words >= 1 && s.words <= MAX_TITLE_WORDS && !s.period && !s.url && s.separators < 2;
    }

    /** Analyzes the head and marks its lines. */
    public static Head analyze(List<Line> lines) {
        int end = lines.size();
        for (Line l : lines) {
            if (l.kind == null && l.shape.strong() && !headlineShaped(l)) {
                end = l.index;
                break;
            }
        }
        Credit credit = null;
        for (int i = 0; i < end; i++) {
            Line l = lines.get(i);
            if (l.kind != null) {
                continue;
            }
            Credit c = Credits.ofLine(l, false);
            if (c != null && l.shape.words <= 6) {
                l.kind = LineKind.BYLINE;
                credit = credit == null ? c : credit;
            } else if (DebrisRules.isMastheadCue(l)) {
                l.kind = LineKind.MASTHEAD;
            }
        }
        Line title = given(lines, end);
        int best = title != null ? Integer.MAX_VALUE : Integer.MIN_VALUE;
        int lastMenu = -1;
        for (int i = 0; i < end; i++) {
            LineKind k = lines.get(i).kind;
            if (k == LineKind.NAVIGATION || k == LineKind.STAFF) {
                lastMenu = i;
            }
        }
        for (int i = 0; i < end; i++) {
            Line l = lines.get(i);
            if (l.kind != null || !headlineShaped(l)) {
                continue;
            }
            int score = titleScore(l, i > lastMenu);
            if (score > best) {
                best = score;
                title = l;
            }
        }
        if (title == null) {
            return new Head(null, credit);
        }
        if (title.kind == LineKind.TITLE) {
            return new Head(title, withCreditsAfter(lines, title, end, credit));
        }
        title.kind = LineKind.TITLE;
        for (int i = 0; i < title.index; i++) {
            Line l = lines.get(i);
            if (l.kind == null && l.shape.words <= MAX_MASTHEAD_WORDS) {
                l.kind = LineKind.MASTHEAD;
            }
        }
        return new Head(title, withCreditsAfter(lines, title, end, credit));
    }

    /** The title the container gave (already marked), when it opens the head, or null. */
    private static Line given(List<Line> lines, int end) {
        return end > 0 && lines.get(0).kind == LineKind.TITLE ? lines.get(0) : null;
    }

    /** Marks credit lines in context after the title; the first credit of the head. */
    private static Credit withCreditsAfter(List<Line> lines, Line title, int end, Credit credit) {
        for (int i = title.index + 1; i < end; i++) {
            Line l = lines.get(i);
            if (l.kind != null) {
                continue;
            }
            Credit c = Credits.ofLine(l, true);
            if (c != null) {
                l.kind = LineKind.BYLINE;
                credit = credit == null ? c : credit;
            }
        }
        return credit;
    }
}

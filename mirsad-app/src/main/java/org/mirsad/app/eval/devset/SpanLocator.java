package org.mirsad.app.eval.devset;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.Span;

/**
 * Finds annotated strings in an article body with the locating rules of {@code devset/check.py}.
 *
 * <p>Occurrences are counted over the body, 1-based, as possibly-overlapping substring matches.
 */
final class SpanLocator {

    /** How far after the end of a cue a speaker may start and still be taken as the cue's speaker. */
    static final int SPEAKER_WINDOW = 80;

    private final String body;

    SpanLocator(String body) {
        this.body = body;
    }

    /** Start offsets of every (possibly overlapping) occurrence of {@code s}. */
    List<Integer> occurrences(String s) {
        List<Integer> out = new ArrayList<>();
        int i = body.indexOf(s);
        while (i >= 0) {
            out.add(i);
            i = body.indexOf(s, i + 1);
        }
        return out;
    }

    /**
     * Locates a string that must be unique unless an occurrence number is given (quantities, dates,
     * quote cues).
     */
    Span locate(String what, String s, Integer occurrence) {
        List<Integer> occs = found(what, s);
        if (occurrence != null) {
            return span(nth(what, s, occs, occurrence), s);
        }
        if (occs.size() > 1) {
            throw new DevSetException(what + " '" + s + "' occurs " + occs.size() + " times; give \"occurrence\"");
        }
        return span(occs.get(0), s);
    }

    /**
     * Locates a quote's speaker: by occurrence when given, else the first occurrence starting within
     * {@link #SPEAKER_WINDOW} characters after the cue, else the nearest one ending before the cue, else
     * the nearest one after it.
     */
    Span locateSpeaker(String s, Integer occurrence, Span cue) {
        List<Integer> occs = found("speaker", s);
        if (occurrence != null) {
            return span(nth("speaker", s, occs, occurrence), s);
        }
        for (int p : occs) {
            if (p >= cue.end() && p <= cue.end() + SPEAKER_WINDOW) {
                return span(p, s);
            }
        }
        Integer before = null;
        for (int p : occs) {
            if (p + s.length() <= cue.start()) {
                before = p;
            }
        }
        if (before != null) {
            return span(before, s);
        }
        int best = occs.get(0);
        for (int p : occs) {
            if (Math.abs(p - cue.start()) < Math.abs(best - cue.start())) {
                best = p;
            }
        }
        return span(best, s);
    }

    /**
     * Locates a quote's content: by occurrence when given, else the first occurrence starting at or
     * after the cue's end, else the nearest one ending before the cue, else the first one.
     */
    Span locateContent(String s, Integer occurrence, Span cue) {
        List<Integer> occs = found("content", s);
        if (occurrence != null) {
            return span(nth("content", s, occs, occurrence), s);
        }
        for (int p : occs) {
            if (p >= cue.end()) {
                return span(p, s);
            }
        }
        Integer before = null;
        for (int p : occs) {
            if (p + s.length() <= cue.start()) {
                before = p;
            }
        }
        return span(before != null ? before : occs.get(0), s);
    }

    private List<Integer> found(String what, String s) {
        if (s == null || s.isEmpty()) {
            throw new DevSetException(what + " must be a non-empty string");
        }
        List<Integer> occs = occurrences(s);
        if (occs.isEmpty()) {
            throw new DevSetException(what + " not found in body: '" + s + "'");
        }
        return occs;
    }

    private static int nth(String what, String s, List<Integer> occs, int occurrence) {
        if (occurrence < 1 || occurrence > occs.size()) {
            throw new DevSetException(what + " occurrence " + occurrence + " out of range (1.." + occs.size()
                    + "): '" + s + "'");
        }
        return occs.get(occurrence - 1);
    }

    private static Span span(int start, String s) {
        return new Span(start, start + s.length());
    }
}

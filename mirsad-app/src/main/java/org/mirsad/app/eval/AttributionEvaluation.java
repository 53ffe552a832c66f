package org.mirsad.app.eval;

import java.util.List;
import org.mirsad.app.Engine;
import org.mirsad.app.eval.devset.DevArticle;
import org.mirsad.app.eval.devset.DevQuote;
import org.mirsad.arabic.ArabicNormalizer;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;

/**
 * Scores the quotes layer against the development set. Strict: overlapping content and the right
 * speaker (overlapping speaker spans, or the same normalized speaker words — a dropped subject
 * resolved to another mention of the same speaker counts — or both without a speaker). Also the
 * content-only and cue-only figures.
 *
 * @param strict  speaker and content
 * @param content content only
 * @param cue     cue only
 */
public record AttributionEvaluation(SpanScore strict, SpanScore content, SpanScore cue) {

    /** Runs the engine over the articles and scores them. */
    public static AttributionEvaluation run(Engine engine, List<DevArticle> articles) {
        SpanScore strict = new SpanScore();
        SpanScore content = new SpanScore();
        SpanScore cue = new SpanScore();
        for (DevArticle a : articles) {
            Document doc = DevsetRun.analyze(engine, a);
            List<Quote> preds = doc.get(Layer.QUOTES);
            String text = doc.text();
            strict.add(a.name(), a.quotes(), preds, DevQuote::content, Quote::content,
                    (g, p) -> sameSpeaker(g, p, text), AttributionEvaluation::describe, p -> describe(p, text));
            content.add(a.name(), a.quotes(), preds, DevQuote::content, Quote::content, (g, p) -> true,
                    AttributionEvaluation::describe, p -> describe(p, text));
            cue.add(a.name(), a.quotes(), preds, DevQuote::cue, q -> q.cue().span(), (g, p) -> true,
                    AttributionEvaluation::describe, p -> describe(p, text));
        }
        return new AttributionEvaluation(strict, content, cue);
    }

    static boolean sameSpeaker(DevQuote g, Quote p, String text) {
        if (g.speaker() == null || p.speaker() == null) {
            return g.speaker() == null && p.speaker() == null;
        }
        Span ps = p.speaker().span();
        if (ps.overlaps(g.speaker())) {
            return true;
        }
        String gw = ArabicNormalizer.normalize(g.speakerText()).strip();
        String pw = ArabicNormalizer.normalize(ps.in(text)).strip();
        return !gw.isEmpty() && (gw.equals(pw) || gw.contains(pw) && pw.length() >= 3 || pw.contains(gw));
    }

    private static String describe(DevQuote q) {
        return (q.speakerText() == null ? "?" : q.speakerText()) + " | " + q.cueText() + " | " + clip(q.contentText());
    }

    private static String describe(Quote q, String text) {
        return (q.speaker() == null ? "?" : q.speaker().text()) + " | " + q.cue().text() + " | " + clip(q.content().in(text));
    }

    private static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}

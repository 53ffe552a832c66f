package org.mirsad.index.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.mirsad.index.analysis.AnalysisMode;
import org.mirsad.index.analysis.MirsadAnalyzer;
import org.mirsad.index.store.ArticleMapper;
import org.mirsad.index.store.Fields;

/**
 * Lucene's classic query syntax (words, "phrases", AND/OR/NOT, +/-, parentheses) with Mirsad's
 * fields: free text matches title and body, stemmed and exact (exact forms and the title weigh
 * more); {@code speaker:}, {@code outlet:}, {@code entity:}, {@code source:} match names whatever
 * their spelling; {@code type:PERSON}; {@code date:2024-01..2024-03} or {@code date:2024-01-05}.
 */
public final class MirsadQueryParser extends QueryParser {

    /** Weight of title matches relative to body matches. */
    public static final float TITLE_BOOST = 2f;
    /** Weight of exact-form matches relative to stemmed ones. */
    public static final float EXACT_BOOST = 1.5f;

    private static final String TEXT = "text";
    private final Analyzer stemmed = new MirsadAnalyzer(AnalysisMode.STEMMED);
    private final Analyzer exact = new MirsadAnalyzer(AnalysisMode.EXACT);

    /** A parser whose default operator is AND. */
    public MirsadQueryParser() {
        super(TEXT, new MirsadAnalyzer(AnalysisMode.STEMMED));
        setDefaultOperator(QueryParser.AND_OPERATOR);
        setAllowLeadingWildcard(false);
        setSplitOnWhitespace(true);
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        String f = field.toLowerCase(Locale.ROOT);
        return switch (f) {
            case TEXT, "body", "title" -> textQuery(f, text, quoted);
            case "speaker" -> nameQuery(Fields.SPEAKER, text, Fields.SPEAKER_TEXT);
            case "outlet" -> new TermQuery(new Term(Fields.OUTLET, ArticleMapper.keyword(text)));
            case "entity" -> nameQuery(Fields.ENTITY, text, null);
            case "source" -> new TermQuery(new Term(Fields.SOURCE, ArticleMapper.keyword(text)));
            case "type" -> new TermQuery(new Term(Fields.TYPE, text.strip().toUpperCase(Locale.ROOT)));
            case "date" -> dateQuery(text);
            default -> throw new ParseException("unknown field '" + field + "' (use title, body, speaker, outlet, "
                    + "entity, source, type or date)");
        };
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        return getFieldQuery(field, text, true);
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
            boolean endInclusive) throws ParseException {
        if (field.equalsIgnoreCase("date")) {
            return dateRange(part1, part2);
        }
        throw new ParseException("ranges are only supported on date");
    }

    private Query textQuery(String field, String text, boolean quoted) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (!field.equals("body")) {
            any |= add(b, phraseOrTerms(Fields.TITLE, stemmed, text, quoted), TITLE_BOOST);
            any |= add(b, phraseOrTerms(Fields.TITLE_EXACT, exact, text, quoted), TITLE_BOOST * EXACT_BOOST);
        }
        if (!field.equals("title")) {
            any |= add(b, phraseOrTerms(Fields.BODY, stemmed, text, quoted), 1f);
            any |= add(b, phraseOrTerms(Fields.BODY_EXACT, exact, text, quoted), EXACT_BOOST);
        }
        return any ? b.build() : new MatchNoDocsQuery("only stop words or punctuation: " + text);
    }

    private static boolean add(BooleanQuery.Builder b, Query q, float boost) {
        if (q == null) {
            return false;
        }
        b.add(boost == 1f ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        return true;
    }

    /** All words of {@code text} (a phrase when quoted), or null when it has none. */
    private static Query phraseOrTerms(String field, Analyzer analyzer, String text, boolean quoted) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int pos = -1;
            while (ts.incrementToken()) {
                pos += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(pos);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (terms.isEmpty()) {
            return null;
        }
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        if (quoted) {
            PhraseQuery.Builder p = new PhraseQuery.Builder();
            for (int i = 0; i < terms.size(); i++) {
                p.add(new Term(field, terms.get(i)), positions.get(i));
            }
            return p.build();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : terms) {
            all.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private Query nameQuery(String keywordField, String text, String wordsField) {
        Query exactName = new TermQuery(new Term(keywordField, ArticleMapper.keyword(text)));
        if (wordsField == null) {
            return exactName;
        }
        Query words = phraseOrTerms(wordsField, stemmed, text, false);
        if (words == null) {
            return exactName;
        }
        return new BooleanQuery.Builder().add(new BoostQuery(exactName, 2f), BooleanClause.Occur.SHOULD)
                .add(words, BooleanClause.Occur.SHOULD).build();
    }

    private Query dateQuery(String text) throws ParseException {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots >= 0) {
            return dateRange(t.substring(0, dots), t.substring(dots + 2));
        }
        return dateRange(t, t);
    }

    private static Query dateRange(String from, String to) throws ParseException {
        long lo = from.isBlank() || from.equals("*") ? Long.MIN_VALUE : day(from.strip(), false);
        long hi = to.isBlank() || to.equals("*") ? Long.MAX_VALUE : day(to.strip(), true);
        return LongPoint.newRangeQuery(Fields.DATE, lo, hi);
    }

    /** Epoch day of {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}: first day, or last if {@code end}. */
    static long day(String s, boolean end) throws ParseException {
        try {
            if (s.length() == 4) {
                int y = Integer.parseInt(s);
                return (end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1)).toEpochDay();
            }
            if (s.length() == 7) {
                YearMonth ym = YearMonth.parse(s);
                return (end ? ym.atEndOfMonth() : ym.atDay(1)).toEpochDay();
            }
            return LocalDate.parse(s).toEpochDay();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new ParseException("not a date: '" + s + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}

package org.mirsad.extract.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mirsad.extract.ner.internal.DocumentConsistency;
import org.mirsad.extract.ner.internal.DocumentModel;
import org.mirsad.extract.ner.internal.DocumentSignals;
import org.mirsad.extract.ner.internal.FacilityNameRule;
import org.mirsad.extract.ner.internal.KinshipNounRule;
import org.mirsad.extract.ner.internal.PersonEdgeRule;
import org.mirsad.extract.ner.internal.LexiconFill;
import org.mirsad.extract.ner.internal.MonthRule;
import org.mirsad.extract.ner.internal.OrgHeadRule;
import org.mirsad.extract.ner.internal.OrgNameExtension;
import org.mirsad.extract.ner.internal.ParticleRule;
import org.mirsad.extract.ner.internal.MediaNameRule;
import org.mirsad.extract.ner.internal.CanalNameRule;
import org.mirsad.extract.ner.internal.ClubNameRule;
import org.mirsad.extract.ner.internal.RegnalNumberRule;
import org.mirsad.extract.ner.internal.SentenceRules;
import org.mirsad.extract.ner.internal.SportsTeamRule;
import org.mirsad.extract.ner.internal.TanweenRule;
import org.mirsad.extract.ner.internal.Lexicons;
import org.mirsad.extract.ner.internal.TaggerModel;
import org.mirsad.extract.ner.internal.TokenForms;

/**
 * Tags token sequences with BIO labels. Thread-safe.
 */
public final class NerTagger {

    private static volatile NerTagger defaults;

    private final NerModel model;
    private final Lexicons lexicons;

    /** A tagger over a model and the shipped lexicons. */
    public NerTagger(NerModel model) {
        this.model = model;
        this.lexicons = Lexicons.defaults();
    }

    /** The tagger over the shipped model. */
    public static NerTagger defaultTagger() {
        NerTagger t = defaults;
        if (t == null) {
            synchronized (NerTagger.class) {
                t = defaults;
                if (t == null) {
                    t = new NerTagger(NerModel.defaultModel());
                    defaults = t;
                }
            }
        }
        return t;
    }

    /** The model. */
    public NerModel model() {
        return model;
    }

    /** BIO tags (Mirsad scheme) for one sentence's surface tokens, from the statistical model alone. */
    public List<String> tag(List<String> tokens) {
        TokenForms[] t = TokenForms.of(tokens.toArray(new String[0]));
        int[] y = decode(t);
        List<String> out = new ArrayList<>(y.length);
        for (int v : y) {
            out.add(TaggerModel.LABELS.get(v));
        }
        return out;
    }

    /**
     * BIO tags for the sentences of one document, from the whole hybrid recognizer: the model, the
     * sentence rules (a title is not part of a name, a nisba adjective is not a place:
     * {@link SentenceRules}), names the lexicons know where the model found none ({@link LexiconFill}), organization heads with their
     * names ({@link OrgHeadRule}), month names in dates are no entities ({@link MonthRule}), a monarch's ordinal is part of the name ({@link RegnalNumberRule}), words with tanween are no names ({@link TanweenRule}),
     * then, when the model has one, its document-level second pass (each sentence where a word also occurs
     * elsewhere in the document is decoded again with what the first pass said about the other occurrences:
     * {@link DocumentModel}), then the document-level consistency rules (a name tagged once is tagged everywhere; a person's
     * surname alone is the person: {@link DocumentConsistency}).
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        return tagForms(formsOf(sentences));
    }

    /** {@link #tagDocument} over the sentences' token forms. */
    List<List<String>> tagForms(List<TokenForms[]> sentences) {
        FirstPass first = firstPassOf(sentences);
        List<TokenForms[]> forms = first.forms();
        List<int[]> labels = first.labels();
        DocumentModel second = model.document();
        if (second != null) {
            int[][][] signals = DocumentSignals.of(forms, labels);
            TaggerModel m = model.internal();
            for (int s = 0; s < forms.size(); s++) {
                if (!DocumentSignals.any(signals[s])) {
                    continue;
                }
                TokenForms[] t = forms.get(s);
                float[] em = first.scores().get(s).clone();
                second.add(signals[s], em);
                int[] y = m.best(em, t.length);
                if (Arrays.equals(y, first.decoded().get(s))) {
                    continue; // the same path as the first pass: its labels after the rules stand
                }
                applySentenceRules(t, y);
                labels.set(s, y);
            }
        }
        DocumentConsistency.apply(forms, labels, lexicons);
        for (int s = 0; s < forms.size(); s++) {
            LexiconFill.completeInnerNames(forms.get(s), labels.get(s), lexicons);
            TanweenRule.endAtInnerTanween(forms.get(s), labels.get(s));
            SentenceRules.clearNisbaAndVerbPlaces(forms.get(s), labels.get(s));
            FacilityNameRule.apply(forms.get(s), labels.get(s), lexicons);
            KinshipNounRule.apply(forms.get(s), labels.get(s));
            PersonEdgeRule.apply(forms.get(s), labels.get(s), lexicons);
            OrgNameExtension.apply(forms.get(s), labels.get(s));
            ParticleRule.apply(forms.get(s), labels.get(s));
            MediaNameRule.apply(forms.get(s), labels.get(s));
            CanalNameRule.apply(forms.get(s), labels.get(s));
            ClubNameRule.apply(forms.get(s), labels.get(s));
        }
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int[] y : labels) {
            List<String> tags = new ArrayList<>(y.length);
            for (int v : y) {
                tags.add(TaggerModel.LABELS.get(v));
            }
            out.add(tags);
        }
        return out;
    }

    /**
     * The first pass over a document's sentences: per sentence its token forms, the model's emission
     * scores, the best labels under them and those labels after the sentence rules.
     */
    record FirstPass(List<TokenForms[]> forms, List<float[]> scores, List<int[]> decoded, List<int[]> labels) {
    }

    FirstPass firstPass(List<List<String>> sentences) {
        return firstPassOf(formsOf(sentences));
    }

    private static List<TokenForms[]> formsOf(List<List<String>> sentences) {
        List<TokenForms[]> forms = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            forms.add(TokenForms.of(s.toArray(new String[0])));
        }
        return forms;
    }

    private FirstPass firstPassOf(List<TokenForms[]> forms) {
        TaggerModel m = model.internal();
        List<float[]> scores = new ArrayList<>(forms.size());
        List<int[]> decoded = new ArrayList<>(forms.size());
        List<int[]> labels = new ArrayList<>(forms.size());
        for (TokenForms[] t : forms) {
            float[] em = m.scores(t, lexicons);
            scores.add(em);
            int[] y = m.best(em, t.length);
            decoded.add(y.clone());
            applySentenceRules(t, y);
            labels.add(y);
        }
        return new FirstPass(forms, scores, decoded, labels);
    }

    private void applySentenceRules(TokenForms[] t, int[] y) {
        SentenceRules.apply(t, y, lexicons);
        LexiconFill.apply(t, y, lexicons);
        SentenceRules.clearAdjectiveCountries(t, y);
        OrgHeadRule.apply(t, y, lexicons);
        SportsTeamRule.apply(t, y, lexicons);
        MonthRule.apply(t, y, lexicons);
        RegnalNumberRule.apply(t, y);
        TanweenRule.apply(t, y);
    }

    int[] decode(TokenForms[] t) {
        TaggerModel m = model.internal();
        return m.decode(t, lexicons);
    }

    /** Drops the calling thread's per-word caches, so that a timing measures text the tagger has not seen. */
    public void clearThreadCaches() {
        model.internal().clearThreadCaches();
    }

    /** The lexicons the tagger uses. */
    public org.mirsad.extract.ner.internal.Lexicons lexicons() {
        return lexicons;
    }

    static String[] surfaces(List<String> tokens) {
        return tokens.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return "NerTagger" + Arrays.asList(model.featureVersion(), model.lexiconFingerprint());
    }
}

package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexiconFillTest {

    private static final Lexicons LEX = Lexicons.of(Map.of(
            LexClass.ORG, List.of("رابطة المزارعين المستقلين", "إم تي في", "حركة الأمل الجديد"),
            LexClass.CITY, List.of("تلمسان", "عين الصفراء", "دولة بانوريا"),
            LexClass.AMBIGUOUS, List.of("الأمل"),
            LexClass.MEDIA, List.of("الأمل")));

    private static int[] fill(String sentence, int[] y) {
        TokenForms[] t = TokenForms.of(sentence.split(" "));
        LexiconFill.apply(t, y, LEX);
        return y;
    }

    private static int l(String tag) {
        return TaggerModel.labelOf(tag);
    }

    @Test
    void aKnownNameTheModelMissedBecomesAnEntityEvenWithProclitics() {
        int[] y = fill("وصل وفد لرابطة المزارعين المستقلين إلى تلمسان", new int[7]);
        assertArrayEquals(new int[] {0, 0, l("B-ORG"), l("I-ORG"), l("I-ORG"), 0, l("B-LOC")}, y);
    }

    @Test
    void namesThatAreAlsoCommonWordsAreNotFilled() {
        assertArrayEquals(new int[4], fill("ما زال الأمل قائما", new int[4]));
    }

    @Test
    void tokensTheModelTaggedAreLeftAsTheyAre() {
        int[] y = {0, 0, l("B-PERSON"), 0};
        assertArrayEquals(new int[] {0, 0, l("B-PERSON"), 0}, fill("زار الوفد تلمسان أمس", y));
    }

    @Test
    void aKnownPlaceTheModelBeganButCutIsOneEntity() {
        int b = l("B-LOC");
        int in = l("I-LOC");
        assertArrayEquals(new int[] {0, b, in, 0}, fill("وصلوا عين الصفراء أمس", new int[] {0, b, b, 0}));
        assertArrayEquals(new int[] {0, b, in, 0}, fill("وصلوا عين الصفراء أمس", new int[] {0, b, 0, 0}));
    }

    @Test
    void aHeadTheModelLeftOutKeepsThePlaceAsTagged() {
        int b = l("B-LOC");
        assertArrayEquals(new int[] {0, 0, b, 0}, fill("زار دولة بانوريا أمس", new int[] {0, 0, b, 0}));
    }

    @Test
    void aKnownNameTheModelTaggedInPiecesOfOtherTypesIsOneEntityOfItsType() {
        int b = l("B-LOC");
        int in = l("I-LOC");
        assertArrayEquals(new int[] {0, b, in, 0}, fill("وصلوا عين الصفراء أمس", new int[] {0, l("B-PERSON"), b, 0}));
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), l("I-ORG"), 0},
                fill("وصل لرابطة المزارعين المستقلين أمس", new int[] {0, l("B-ORG"), l("I-ORG"), l("B-LOC"), 0}));
        // a piece left untagged, or a name running on past the known one, is left to the model
        assertArrayEquals(new int[] {0, l("B-PERSON"), 0, 0}, fill("وصلوا عين الصفراء أمس", new int[] {0, l("B-PERSON"), 0, 0}));
        int[] runsOn = {0, l("B-PERSON"), l("B-PERSON"), l("I-PERSON")};
        assertArrayEquals(runsOn.clone(), fill("وصلوا عين الصفراء مختار", runsOn));
    }

    @Test
    void aKnownOrganizationTaggedWholeAsAPersonIsAnOrganizationButAPlaceKeepsThePersonTag() {
        int p = l("B-PERSON");
        int ip = l("I-PERSON");
        assertArrayEquals(new int[] {0, l("B-ORG"), l("I-ORG"), l("I-ORG"), 0},
                fill("قال لرابطة المزارعين المستقلين إن", new int[] {0, p, ip, ip, 0}));
        // عين الصفراء is a place the lexicons know, but a place's name is often a person's too
        assertArrayEquals(new int[] {0, p, ip, 0}, fill("قال عين الصفراء إن", new int[] {0, p, ip, 0}));
    }

    @Test
    void aKnownOrganizationBegunAsAnotherTypeAndCutShortIsTheOrganization() {
        int io = l("I-ORG");
        assertArrayEquals(new int[] {0, l("B-ORG"), io, io, 0},
                fill("انضم لرابطة المزارعين المستقلين أمس", new int[] {0, l("B-LOC"), l("I-LOC"), 0, 0}));
        // not when a name runs on past it
        int[] runsOn = {0, l("B-LOC"), l("I-LOC"), 0, l("I-LOC")};
        assertArrayEquals(runsOn.clone(), fill("انضم لرابطة المزارعين المستقلين أمس", runsOn));
    }

    @Test
    void aKnownPlaceTaggedMiscIsAPlace() {
        assertArrayEquals(new int[] {0, l("B-LOC"), l("I-LOC"), 0},
                fill("وصلوا عين الصفراء أمس", new int[] {0, l("B-MISC"), l("I-MISC"), 0}));
    }

    @Test
    void aTwoLetterFirstWordHiddenByAProcliticJoinsTheNameTheModelFoundAfterIt() {
        int bp = l("B-PERSON");
        int ip = l("I-PERSON");
        int bo = l("B-ORG");
        int io = l("I-ORG");
        assertArrayEquals(new int[] {0, bo, io, io, 0}, fill("وقال لإم تي في إن", new int[] {0, 0, bp, ip, 0}));
        assertArrayEquals(new int[] {0, 0, bo, io, 0}, fill("وصل لحركة الأمل الجديد أمس", new int[] {0, 0, bo, io, 0}),
                "a longer first word the model left out is a head it left out on purpose");
    }
}

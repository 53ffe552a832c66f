package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a dump, feed or page says about an article (its title, its author field) is trusted over the
 * cleaner's guesses, and nothing of the story is taken for a credit.
 */
class ContainerHintsTest {

    private static final TextArticleCleaner CLEANER = new TextArticleCleaner();
    private static final String STORY = "وأضاف أن الأعمال ستنتهي قبل نهاية العام المقبل بحسب الخطة التي أقرتها الهيئة.";

    @Test
    void theGivenTitleStaysTheTitleAndNoLineOfTheStoryReplacesIt() {
        String title = "مدارس بلا كتب!";
        String first = "هل يعقل أن يبدأ العام الدراسي وآلاف الطلاب ينتظرون كتبهم حتى الآن؟!";
        CleanArticle c = CLEANER.clean(title + "\n\n" + first + "\n" + STORY, new CleaningHints(title, null));
        assertEquals(title, c.title());
        assertNull(c.outlet(), "the title is no masthead");
        assertTrue(c.body().startsWith(first), c.body());
    }

    @Test
    void theGivenCreditGivesBylineAndDatelineAndIsCutWhereTheStoryRepeatsIt() {
        String credit = "نوال القحطاني - الأفق - الدمام:";
        String raw = "افتتاح جسر جديد\n\n" + credit + " افتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n" + STORY;
        CleanArticle c = CLEANER.clean(raw, new CleaningHints("افتتاح جسر جديد", credit));
        assertEquals("نوال القحطاني", c.byline());
        assertEquals("الدمام", c.dateline());
        assertTrue(c.body().startsWith("افتتحت البلدية"), c.body());
    }

    @Test
    void theGivenCreditOnALineOfItsOwnIsDropped() {
        String raw = "افتتاح جسر جديد\n\nالدمام - نوال القحطاني\nافتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n" + STORY;
        CleanArticle c = CLEANER.clean(raw, new CleaningHints("افتتاح جسر جديد", "الدمام - نوال القحطاني"));
        assertEquals("نوال القحطاني", c.byline());
        assertTrue(c.body().startsWith("افتتحت البلدية"), c.body());
    }

    @Test
    void aLamWithTatweelBeforeAnOutletIsPartOfTheFirstSentence() {
        String first = "ذكر لـ \"الأفق\" المهندس سامر الحربي أن العقود الجديدة ستراعي حماية الشواطئ.";
        CleanArticle c = CLEANER.clean("عقود جديدة للشواطئ\n\n" + first + "\n" + STORY);
        assertNull(c.dateline(), c.dateline());
        assertTrue(c.body().startsWith(first), c.body());
    }

    @Test
    void aBaWithTatweelInTheTitleIsNoCreditDash() {
        String title = "النادي يطيح بـ «المدرب» خلال ساعات";
        CleanArticle c = CLEANER.clean(title + "\n\n" + "قالت مصادر مطلعة إن النادي سيعلن قراره قبل مساء الغد.\n" + STORY);
        assertEquals(title, c.title());
        assertNull(c.byline());
    }

    @Test
    void aWriterOutletAndPlaceOpeningTheStoryAreCutIntoTheirFields() {
        CleanArticle c = CLEANER.clean("افتتاح جسر جديد\n\nنوال القحطاني- الأفق- الدمام: افتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n"
                + STORY);
        assertEquals("نوال القحطاني", c.byline());
        assertEquals("الدمام", c.dateline());
        assertTrue(c.body().startsWith("افتتحت البلدية"), c.body());
    }

    @Test
    void aDeskWordBeforeTheColonIsCut() {
        CleanArticle c = CLEANER.clean("افتتاح جسر جديد\n\nالأفق - متابعة: افتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n"
                + STORY);
        assertEquals("الأفق", c.byline());
        assertNull(c.dateline());
        assertTrue(c.body().startsWith("افتتحت البلدية"), c.body());
    }

    @Test
    void aSpeakerWithHisTitleBeforeAColonIsNoCredit() { // a title word opens the words before the colon
        String first = "وزير النقل: سنفتتح الجسر الجديد فوق الوادي قبل نهاية الشهر المقبل بإذن الله.";
        CleanArticle c = CLEANER.clean("افتتاح جسر جديد\n\n" + first + "\n" + STORY);
        assertNull(c.byline());
        assertTrue(c.body().startsWith(first), c.body());
    }

    @Test
    void aWriterThenAnOutletOnTheirOwnLineGiveTheWriterAsBylineAndNoPlace() {
        CleanArticle c = CLEANER.clean("افتتاح جسر جديد\n\nنوال القحطاني – عين الأفق\nافتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n" + STORY);
        assertEquals("نوال القحطاني", c.byline());
        assertNull(c.dateline());
        CleanArticle d = CLEANER.clean("افتتاح جسر جديد\n\nنوال القحطاني – المجاردة\nافتتحت البلدية الجسر الجديد فوق الوادي صباح اليوم.\n" + STORY);
        assertEquals("المجاردة", d.dateline(), "one word after the writer is the place");
    }

    @Test
    void aTatweelAfterALetterThatNeverJoinsIsADash() {
        CleanArticle c = CLEANER.clean("عنوان\n\n" + STORY, new CleaningHints("عنوان", "الدوحةـ أنقرة: «الأفق»"));
        assertEquals("الدوحة، أنقرة", c.dateline());
        assertEquals("الأفق", c.byline());
    }
}

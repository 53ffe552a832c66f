package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A share bar the scraper glued to the start of the first paragraph is cut off; the story keeps its words. */
class LeadingShareTest {

    private static final String STORY = "افتتح محافظ المدينة صباح اليوم معرضا للكتاب يشارك فيه أكثر من مئة ناشر من عشر دول.";

    @Test
    void aShareBarAndCommentPromptBeforeTheFirstSentenceAreCutOff() {
        String raw = "معرض الكتاب يفتح أبوابه\n\nشارك عبر واتساب تويتر فيسبوك اكتب رأيك " + STORY + "\nويستمر المعرض عشرة أيام"
                + " ويفتح أبوابه للزوار من العاشرة صباحا حتى العاشرة ليلا.\n";
        CleanArticle c = new TextArticleCleaner().clean(raw);
        assertTrue(c.body().startsWith(STORY), c.body());
        assertEquals(raw.indexOf(STORY), c.map().toRaw(0), "the body still maps back into the raw text");
    }

    @Test
    void aFirstSentenceThatMerelyMentionsShareWordsIsKept() {
        String first = "شارك فيسبوك وتويتر في مؤتمر عن حماية بيانات المستخدمين عقد في المدينة أمس بحضور خبراء.";
        String raw = "مؤتمر عن البيانات\n\n" + first + "\nوناقش المشاركون سبل حماية الخصوصية على الشبكات الاجتماعية طوال يومين.\n";
        CleanArticle c = new TextArticleCleaner().clean(raw);
        assertTrue(c.body().startsWith(first), c.body());
    }
}

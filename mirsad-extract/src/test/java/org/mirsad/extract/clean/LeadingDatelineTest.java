package org.mirsad.extract.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Datelines that open the first paragraph go to their own fields, the story starts after them. */
class LeadingDatelineTest {

    private static CleanArticle clean(String first) {
        String raw = "عنوان الخبر عن الميناء الجديد\n\n" + first + "\nوأضاف المسؤول أن الأعمال ستنتهي قبل نهاية العام المقبل"
                + " بحسب الخطة التي أقرتها الحكومة.\n";
        return new TextArticleCleaner().clean(raw);
    }

    @Test
    void aCityItsCountryAndAnAgencyBeforeADoubledDash() {
        CleanArticle c = clean("الدوحة، قطر (CNN)-- افتتحت السلطات الميناء الجديد صباح اليوم بحضور عدد من الوزراء.");
        assertEquals("الدوحة، قطر", c.dateline());
        assertEquals("CNN", c.byline());
        assertTrue(c.body().startsWith("افتتحت السلطات"), c.body());
    }

    @Test
    void anAgencyAloneBeforeTheDash() {
        CleanArticle c = clean("(CNN) -- افتتحت السلطات الميناء الجديد صباح اليوم بحضور عدد من الوزراء.");
        assertEquals("CNN", c.byline());
        assertTrue(c.body().startsWith("افتتحت السلطات"), c.body());
    }

    @Test
    void aCommaBeforeADashWithoutAnAgencyIsAClauseNotADateline() {
        String first = "وفي المدينة، الأمور هادئة - كما قال أحد السكان صباح اليوم لمراسلنا في الميناء.";
        CleanArticle c = clean(first);
        assertNull(c.dateline());
        assertTrue(c.body().startsWith(first), c.body());
    }
}

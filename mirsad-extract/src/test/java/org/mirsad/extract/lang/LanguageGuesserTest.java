package org.mirsad.extract.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void arabicBodyIsArabic() {
        assertEquals("ar", LanguageGuesser.guess("افتتحت البلدية صباح اليوم جسراً جديداً فوق الوادي الكبير."));
    }

    @Test
    void arabicWithSomeLatinIsStillArabic() {
        assertEquals("ar", LanguageGuesser.guess("أعلنت شركة Nordwind عن هاتف جديد يعمل بنظام Android في الأسواق."));
    }

    @Test
    void englishProseIsEnglish() {
        assertEquals("en", LanguageGuesser.guess("The council said on Monday that the new bridge is open to traffic."));
    }

    @Test
    void otherLatinLanguageIsUndetermined() {
        assertEquals("und", LanguageGuesser.guess("Der Gemeinderat hat am Montag die neue Brücke eröffnet, sagte er."));
    }

    @Test
    void tooShortOrEmptyIsUndetermined() {
        assertEquals("und", LanguageGuesser.guess(""));
        assertEquals("und", LanguageGuesser.guess("   \n "));
        assertEquals("und", LanguageGuesser.guess("نعم"));
    }
}

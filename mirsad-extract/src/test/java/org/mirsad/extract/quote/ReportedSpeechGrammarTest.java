package org.mirsad.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mirsad.arabic.TextLayerStage;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Entity;
import org.mirsad.core.model.EntityType;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Metadata;
import org.mirsad.core.model.Quote;
import org.mirsad.core.model.Span;

/** One test per rule of Arabic reported speech in the quote grammar, each on a sentence written for it. */
class ReportedSpeechGrammarTest {

    private static List<Quote> quotes(String t) {
        return QuoteStageTest.quotes(t);
    }

    /** The quote whose cue is {@code cue}, if any. */
    private static Optional<Quote> byCue(List<Quote> q, String cue) {
        return q.stream().filter(x -> x.cue().text().equals(cue)).findFirst();
    }

    private static void says(String t, String cue, String speaker, String content) {
        List<Quote> q = quotes(t);
        Quote x = byCue(q, cue).orElseThrow(() -> new AssertionError("no quote with cue " + cue + ": " + q));
        assertEquals(speaker, QuoteStageTest.speaker(x, t), q::toString);
        assertEquals(content, x.content().in(t), q::toString);
    }

    // ---- the speaker phrase after the verb

    @Test
    void theOccasionOfAStatementIsNeitherSpeakerNorContent() {
        says("وأضاف رئيس البلدية في مؤتمر صحفي عقده بمقر الغرفة أن أعمال الصيانة ستنتهي الشهر المقبل.", "أضاف",
                "رئيس البلدية", "أعمال الصيانة ستنتهي الشهر المقبل");
        says("وأعلنت النقابة في بيان أصدرته مساء الأحد أن الإضراب سيستمر.", "أعلنت", "النقابة", "الإضراب سيستمر");
        says("وقال مسؤول في الوزارة إن الخطة جاهزة.", "قال", "مسؤول في الوزارة", "الخطة جاهزة");
        says("وأوضح مدير المدرسة في كلمته أن الدوام يبدأ مبكرا.", "أوضح", "مدير المدرسة", "الدوام يبدأ مبكرا");
        List<Quote> q = quotesWithEntities("وذكر وزير المالية بالنيابة سالم العنزي في بيانه أن الاجتماع تأجل.");
        assertEquals("وزير المالية بالنيابة سالم العنزي", q.get(0).speaker().text(), q::toString);
    }

    @Test
    void generalAfterATitleIsPartOfTheSpeakerAndTheYearIsNot() {
        says("وحذر المدير العام لهيئة المياه من أن المخزون يتراجع.", "حذر", "المدير العام لهيئة المياه",
                "المخزون يتراجع");
        says("وقالت الأمينة العامة للجمعية إن التبرعات تضاعفت.", "قالت", "الأمينة العامة للجمعية", "التبرعات تضاعفت");
        says("وقال الوزير العام الماضي إن الميزانية لن تتغير.", "قال", "الوزير", "الميزانية لن تتغير");
    }

    /** The quotes of {@code t} with the entities layer under them, as {@code analyze} runs the stages. */
    private static List<Quote> quotesWithEntities(String t) {
        Document d = new TextLayerStage().apply(Document.of(new Metadata("t", "t", null, null, null, null, null, "ar"), t, null));
        d = new org.mirsad.extract.ner.NerStage().apply(d);
        return new QuoteStage().apply(d).get(Layer.QUOTES);
    }

    private static String speakerOf(String t, String cue) {
        List<Quote> q = quotesWithEntities(t);
        Quote x = byCue(q, cue).orElseThrow(() -> new AssertionError("no quote with cue " + cue + ": " + q));
        return QuoteStageTest.speaker(x, t);
    }

    /** The speaker of the {@code nth} (from 0) quote whose cue is {@code cue}. */
    private static String speakerOf(String t, String cue, int nth) {
        List<Quote> q = quotesWithEntities(t).stream().filter(x -> x.cue() != null && x.cue().text().equals(cue)).toList();
        if (q.size() <= nth) {
            throw new AssertionError("fewer than " + (nth + 1) + " quotes with cue " + cue + ": " + q);
        }
        return QuoteStageTest.speaker(q.get(nth), t);
    }

    @Test
    void aRelativePronounIsTheSpeakerOnlyWhenTheCueAgreesWithIt() {
        String object = "قال وزير المالية كمال الدباغ إن الحكومة ستراجع الخطة، والتي قال إنها تحتاج إلى وقت أطول.";
        assertEquals("وزير المالية كمال الدباغ", speakerOf(object, "قال", 1), "a feminine relative cannot be the subject of قال");
        assertEquals("البلدية", speakerOf("وزار الوفد مدينة الكرك، التي قالت البلدية إنها ستستضيف المهرجان.", "قالت"));
        String subject = "أعلنت شركة النسيم للطيران، التي قالت إنها ستعيد ثمن التذاكر، إلغاء رحلاتها.";
        assertEquals("شركة النسيم للطيران", speakerOf(subject, "قالت"), "an agreeing relative's antecedent is the name before it");
    }

    @Test
    void aSpeakerGoesOnThroughAHashtagName() {
        assertEquals("الفنانة #رنا_الحلبي", speakerOf("وقالت الفنانة #رنا_الحلبي إن الحفل سيقام في الربيع.", "قالت"));
        assertEquals("الوزير سامي #الخطيب", speakerOf("وقال الوزير سامي #الخطيب إن الميزانية ستقر غدا.", "قال"));
    }

    @Test
    void aDroppedSubjectIsTheSubjectOfTheFirstVerbAfterAnOpenerClosedByAComma() {
        String t = "قال مدير المستشفى إن الأجنحة الجديدة جاهزة. من جهتها، أشادت وزيرة الصحة نوال القاسمي بالعمل، وقالت إن الوزارة ستزيد التمويل.";
        assertEquals("وزيرة الصحة نوال القاسمي", speakerOf(t, "قالت"));
        String subject = "قالت مديرة المدرسة هند السالم إن الامتحانات ستبدأ الأحد. وكانت الدكتورة ريم العلي، قبل ذلك، قد زارت الوزارة، وقالت إن اللقاء كان مثمرا.";
        assertEquals("الدكتورة ريم العلي", speakerOf(subject, "قالت", 1),
                "a name before the first comma is the sentence's subject, not part of an opener");
    }

    @Test
    void aDroppedSubjectIsTheNameRightAfterTheSentencesFirstVerb() {
        String t = "قال رئيس الاتحاد إن الموسم سيبدأ في موعده. وختم المدرب سامر الحلواني حديثه قائلا إن الفريق جاهز.";
        assertEquals("المدرب سامر الحلواني", speakerOf(t, "قائلا"), "the speaker span takes the title, as a subject's does");
        String object = "قال رئيس الاتحاد إن الموسم سيبدأ في موعده. والتقى الوفد بالمدرب سامر الحلواني، وأضاف أن الملعب جاهز.";
        assertEquals("رئيس الاتحاد", speakerOf(object, "أضاف"), "a name that is not the first verb's subject does not speak");
    }

    // ---- subjects before the verb

    @Test
    void nestedStatementHasTheInnerSubjectAsSpeakerAndTheObjectIsNot() {
        String t = "قال دبلوماسي آسيوي إن رئيسة الوفد الزائر أبلغت مضيفيها بأن بلادها ستخفض الرسوم.";
        says(t, "قال", "دبلوماسي آسيوي", "رئيسة الوفد الزائر أبلغت مضيفيها بأن بلادها ستخفض الرسوم");
        says(t, "أبلغت", "رئيسة الوفد الزائر", "بلادها ستخفض الرسوم");
    }

    @Test
    void appositionBetweenSubjectAndVerbBelongsToTheSpeaker() {
        says("موزّعها، شركة الواحة للنشر، أعلنت أن الكتاب سيطرح في الأسواق قريبا.", "أعلنت",
                "موزّعها، شركة الواحة للنشر", "الكتاب سيطرح في الأسواق قريبا");
    }

    @Test
    void relativeClauseBetweenSubjectAndVerbIsLeftOut() {
        says("جمعية الصيادين، التي تأسست قبل عقد، حذرت من أن المخزون السمكي يتراجع.", "حذرت",
                "جمعية الصيادين", "المخزون السمكي يتراجع");
    }

    @Test
    void turnMarkerBetweenSubjectAndVerbIsLeftOut() {
        says("هيئة الطيران المدني، من جانبها، قالت إن الرحلات ستعود تدريجيا.", "قالت",
                "هيئة الطيران المدني", "الرحلات ستعود تدريجيا");
    }

    @Test
    void qadBetweenSubjectAndVerbIsSkipped() {
        says("وكانت مديرة المستشفى نوال الطيبي قد أكدت أن الأجهزة الجديدة وصلت.", "أكدت",
                "مديرة المستشفى نوال الطيبي", "الأجهزة الجديدة وصلت");
    }

    @Test
    void amaTopicIsTheSubjectOfTheVerbWithFa() {
        says("أما رئيس نقابة الخبازين، عمر الدباغ، فقد أكد أن الأسعار لن ترتفع.", "أكد",
                "رئيس نقابة الخبازين، عمر الدباغ", "الأسعار لن ترتفع");
    }

    @Test
    void amaTopicIsAlsoTheSubjectOfALaterDroppedSubject() {
        says("أما مجلة الأفق فخصصت ملفا كاملا للأزمة رأت فيه أن الحلول المطروحة مؤقتة.", "رأت",
                "مجلة الأفق", "الحلول المطروحة مؤقتة");
    }

    @Test
    void subjectReadBackwardsMayHoldPrepositionalPhrasesAndGenitives() {
        says("غير أن المسؤولة عن ملف التعليم في بلدية الساحل، سلمى الورفلي، نبهت إلى أن المدارس مكتظة.", "نبهت",
                "المسؤولة عن ملف التعليم في بلدية الساحل، سلمى الورفلي", "المدارس مكتظة");
    }

    // ---- speakers after the verb

    @Test
    void genitiveWithLamBelongsToTheSpeaker() {
        says("وقال المدير الإقليمي للهيئة، في مؤتمر صحفي عقده صباح اليوم في المدينة، إن الموسم كان جيدا.", "قال",
                "المدير الإقليمي للهيئة", "الموسم كان جيدا");
    }

    @Test
    void reportedChannelGivesWayToTheSourceAfterAn() {
        says("ونقلت إذاعة الريف عن مسؤول في البلدية قوله إن الطريق سيغلق يومين.", "نقلت",
                "مسؤول في البلدية", "الطريق سيغلق يومين");
    }

    @Test
    void reportedSourceAfterATimeWord() {
        says("وكان موقع المرصد قد نقل الأسبوع الماضي عن نائب في البرلمان أن التصويت تأجل.", "نقل",
                "نائب في البرلمان", "التصويت تأجل");
    }

    @Test
    void theCuesOwnPrepositionDoesNotExtendTheSpeaker() {
        says("ويشتكي أهالي القرية من انقطاع الكهرباء منذ أسبوع.", "يشتكي", "أهالي القرية",
                "من انقطاع الكهرباء منذ أسبوع");
    }

    @Test
    void mannerWordAfterTheVerbIsNotTheSpeaker() {
        String t = "قالت الممثلة هند العلي إن التصوير انتهى.\nوتضيف مبتسمة: «الدور كان صعبا».";
        says(t, "تضيف", "الممثلة هند العلي", "الدور كان صعبا");
    }

    @Test
    void prepositionWithPronounAfterTheVerbIsSkipped() {
        says("وهو مشروع قال عنه المهندس رامي الحلو إنه الأكبر في المنطقة.", "قال", "المهندس رامي الحلو",
                "الأكبر في المنطقة");
    }

    // ---- finding the statement

    @Test
    void speakersRelativeClauseIsSkippedWithItsCues() {
        String t = "وقال المصدر، الذي تحدث شريطة عدم الكشف عن اسمه، إن الاتفاق شبه جاهز.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        says(t, "قال", "المصدر", "الاتفاق شبه جاهز");
    }

    @Test
    void cueInsideARelativeClauseEndsWithIt() {
        says("ودعت رابطة المزارعين، التي قالت إن الجفاف أتلف نصف المحصول، إلى تعويضات عاجلة.", "قالت",
                "رابطة المزارعين", "الجفاف أتلف نصف المحصول");
    }

    @Test
    void quotedOutletAfterLamIsWhoWasToldNotWhat() {
        says("وصرح رئيس الاتحاد لـ\"الرياضية\" بأن المدرب باق في منصبه.", "صرح", "رئيس الاتحاد",
                "المدرب باق في منصبه");
    }

    @Test
    void nominalContentWithAttachedBa() {
        says("وطالبت النقابة بزيادة الرواتب قبل نهاية العام.", "طالبت", "النقابة",
                "بزيادة الرواتب قبل نهاية العام");
    }

    @Test
    void statementAfterAQuotationWithThePostposedVerb() {
        says("«لم نر مثل هذا الازدحام من قبل»، يقول سائق الأجرة منير.", "يقول", "سائق الأجرة منير",
                "لم نر مثل هذا الازدحام من قبل");
    }

    @Test
    void statementAfterAQuotationWithHakadha() {
        says("«الموسم انتهى بالنسبة لنا»، هكذا علّق حارس الفريق.", "علّق", "حارس الفريق", "الموسم انتهى بالنسبة لنا");
    }

    @Test
    void khalasaIlaAlQawl() {
        says("وخلص الباحث سامي النعيمي إلى القول إن الأزمة ستطول.", "خلص", "الباحث سامي النعيمي", "الأزمة ستطول");
    }

    @Test
    void continuationCueInsideAVerbsFrameIsOneStatement() {
        String t = "وردّت الوزيرة على الانتقادات بالقول إن الخطة مدروسة.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        assertEquals("الوزيرة", QuoteStageTest.speaker(q.get(0), t));
        assertEquals("الخطة مدروسة", q.get(0).content().in(t));
    }

    @Test
    void verbWithAnObjectPronoun() {
        says("وهو قرار وصفه المحامي وليد عبدو بأنه غير دستوري.", "وصفه", "المحامي وليد عبدو", "غير دستوري");
    }

    // ---- attribution phrases

    @Test
    void trailingPhraseClosesTheClauseBeforeIt() {
        String t = "تراجعت صادرات التمور بنسبة الثلث، بحسب تقرير نشر أمس في نشرة الغرفة التجارية.";
        Quote q = byCue(quotes(t), "بحسب").orElseThrow();
        assertEquals("تراجعت صادرات التمور بنسبة الثلث", q.content().in(t));
    }

    @Test
    void phraseInTheMiddleKeepsTheContentAfterIt() {
        String t = "وفي السياق نفسه، وبحسب مصادر نقابية، فإن الإضراب سيستمر.";
        Quote q = byCue(quotes(t), "بحسب").orElseThrow();
        assertEquals("مصادر نقابية", QuoteStageTest.speaker(q, t));
        assertTrue(q.content().in(t).contains("الإضراب سيستمر"), q::toString);
    }

    @Test
    void asPhraseWithTheVerbNaqalaGivesTheSourceAfterAn() {
        String t = "وبحسب ما نقلته صحيفة المساء عن وزير المالية، فإن العجز سيتقلص.";
        Quote q = byCue(quotes(t), "بحسب ما نقلته").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("وزير المالية", QuoteStageTest.speaker(q, t));
    }

    @Test
    void theSayerAfterAVerbalNounOfSayingIsTheSource() {
        says("وارتفع عدد المصابين إلى عشرين بحسب رواية الشرطة.", "بحسب", "الشرطة", "وارتفع عدد المصابين إلى عشرين");
        says("وسيفتح الجسر قبل العيد، حسب تعبير المحافظ.", "حسب", "المحافظ", "وسيفتح الجسر قبل العيد");
        // an indefinite adjective after the noun: the noun is the source (تقديرات أولية)
        String t = "وتقدم المرشح بفارق كبير وفق تقديرات أولية.";
        assertEquals("تقديرات أولية", QuoteStageTest.speaker(byCue(quotes(t), "وفق").orElseThrow(), t));
    }

    @Test
    void aVerbalNounAfterAnAttributionPhraseIsNoReportingVerb() {
        String t = "وظهر حارس يلهو بالكرة -حسب وصف النادي- في الملعب الفرعي قبل المباراة.";
        List<Quote> q = quotes(t);
        assertFalse(byCue(q, "وصف").isPresent(), q::toString);
        Quote x = byCue(q, "حسب").orElseThrow(() -> new AssertionError(q.toString()));
        assertEquals("النادي", QuoteStageTest.speaker(x, t));
        assertEquals("وظهر حارس يلهو بالكرة -حسب وصف النادي- في الملعب الفرعي قبل المباراة", x.content().in(t),
                "a phrase between dashes stands inside its statement");
    }

    @Test
    void theMatterSpokenAboutIsNoPartOfTheSpeakerButTheBodyTheyWorkInIs() {
        says("وقال الطبيب سامر الحربي في هذا الصدد إن العلاج متوفر.", "قال", "الطبيب سامر الحربي", "العلاج متوفر");
        says("وقال المسؤول في هذه الهيئة إن الاجتماع تأجل.", "قال", "المسؤول في هذه الهيئة", "الاجتماع تأجل");
        says("وينشط التنظيم في الريف وفقا لحديث الباحث نادر سلوم.", "وفقا", "الباحث نادر سلوم", "وينشط التنظيم في الريف");
        String t = "ويوزع الدعم وفق معادلات معقدة يضعها الصندوق.";
        assertFalse(byCue(quotes(t), "وفق").isPresent(), () -> quotes(t).toString());
    }

    @Test
    void aQuotedNameOpeningTheSentenceIsTheSubjectOfTheVerbAfterIt() {
        String t = "«أرامكو» تعلن أسعار الشحنات الجديدة لشهر سبتمبر.";
        Quote q = byCue(quotesWithEntities(t), "تعلن").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertEquals("«أرامكو»", q.speaker().text(), q::toString);
        assertEquals("أسعار الشحنات الجديدة لشهر سبتمبر", q.content().in(t), q::toString);
        String u = "وأكدت شركة «أرامكو» أن الأسعار سترتفع.";
        assertEquals("شركة «أرامكو»", byCue(quotesWithEntities(u), "أكدت").orElseThrow().speaker().text());
    }

    @Test
    void aResponseWithItsAdjectivesBeforeAlaIsANoun() {
        String t = "وكان افتتاح الجسر ردا عمليا آخر على أن المدينة آمنة.";
        assertFalse(byCue(quotes(t), "ردا").isPresent(), () -> quotes(t).toString());
        says("ورد الوزير على المنتقدين بأن الخطة ناجحة.", "رد", "الوزير", "الخطة ناجحة");
    }

    @Test
    void aQuotedModelOrSectorNameIsNoQuotation() {
        String t = "وقال المدير إن سيارات طراز «الصقر» ستصل الشهر المقبل إلى الوكلاء في المنطقة.";
        Quote q = byCue(quotes(t), "قال").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertTrue(q.content().in(t).contains("ستصل الشهر المقبل"), q::toString);
        String u = "أعرب سامر الحربي، مدير إنتاج قطاع «الواحة» في الشركة، عن أمله في نمو المبيعات.";
        assertTrue(quotes(u).stream().noneMatch(x -> x.content().in(u).equals("الواحة")), () -> quotes(u).toString());
    }

    @Test
    void aViewOfTheirsNamesNoSourceButTheirWebsiteDoes() {
        String t = "ولا يرى هؤلاء حاجة إلى الرسوم، كون الأراضي وفقا لنظرتهم غير موجودة أصلا في المدن.";
        assertFalse(byCue(quotes(t), "وفقا").isPresent(), () -> quotes(t).toString());
        says("وللمتجر أكثر من مليون زبون في المنطقة، وفقا لموقعه الإلكتروني.", "وفقا", "موقعه الإلكتروني",
                "وللمتجر أكثر من مليون زبون في المنطقة");
    }

    @Test
    void aPhraseWithOnlyATimeAfterItsSourceClosesTheClauseBeforeIt() {
        String t = "وكان سامر الحربي مديرا للفرع بحسب قائمة العام الماضي.";
        assertEquals("وكان سامر الحربي مديرا للفرع", byCue(quotes(t), "بحسب").orElseThrow().content().in(t));
    }

    @Test
    void phraseFollowedByItsOwnReportingVerbIsNotAStatement() {
        String t = "وعلى لسان رئيستها، هالة منصور، أعربت الجمعية عن أسفها.";
        assertFalse(byCue(quotes(t), "على لسان").isPresent(), () -> quotes(t).toString());
        assertTrue(byCue(quotes(t), "أعربت").isPresent());
    }

    @Test
    void phraseWithAPossessiveNamesNoSource() {
        assertFalse(byCue(quotes("تصرف الجميع بحسب معتقداتهم."), "بحسب").isPresent());
    }

    // ---- what is not a statement

    @Test
    void verbalNounAfterAdamIsNotACue() {
        String t = "وأضاف مسؤول، فضّل عدم ذكر اسمه، أن المفاوضات متعثرة.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        says(t, "أضاف", "مسؤول", "المفاوضات متعثرة");
    }

    @Test
    void tanweenWordIsTheParticipleNotTheDualVerb() {
        String t = "وأضاف أحد النواب، طالبًا عدم كشف اسمه، أن الجلسة ستؤجل.";
        assertFalse(byCue(quotes(t), "طالبًا").isPresent(), () -> quotes(t).toString());
        says(t, "أضاف", "أحد النواب", "الجلسة ستؤجل");
    }

    @Test
    void raayWrittenWithYaIsTheNoun() {
        assertTrue(quotes("وهذا رأي أن الحلول ممكنة.").isEmpty());
    }

    @Test
    void participleRightAfterANounIsAnAdjective() {
        String t = "أعلن المركز تسجيل حالة مؤكدة بالحصبة في المدينة.";
        assertFalse(byCue(quotes(t), "مؤكدة").isPresent(), () -> quotes(t).toString());
    }

    @Test
    void plannedAnnouncementIsNotAStatement() {
        assertTrue(quotes("ومن المقرر أن تعلن الهيئة أسماء الفائزين الأسبوع المقبل، على أن توزع الجوائز لاحقا.").isEmpty());
    }

    @Test
    void firstPersonFormsAreNotCues() {
        assertTrue(quotes("ويغطي المخزون أقل من نصف حاجة السوق بحسب التجار.").stream()
                .noneMatch(x -> x.cue().text().equals("نصف")));
    }

    @Test
    void gestureIsNotAStatement() {
        assertTrue(quotes("وأشار الحكم بيده إلى منتصف الملعب.").isEmpty());
    }

    @Test
    void impersonalReadingBeforeAComplementizer() {
        String t = "ويذكر أن المهرجان انطلق قبل عشرين عاما.";
        Quote q = quotes(t).get(0);
        assertNull(q.speaker(), q::toString);
        assertEquals("المهرجان انطلق قبل عشرين عاما", q.content().in(t));
    }

    @Test
    void prepositionBaynaIsNotTheVerb() {
        assertTrue(quotes("كان من بين الحضور «فرقة الأمل» للإنشاد.").isEmpty());
    }

    @Test
    void wordAfterAPrepositionIsNotAVerb() {
        assertTrue(quotes("ومن أبرز بنودها: «خفض الضرائب على الأدوية».").isEmpty());
    }

    @Test
    void asPhraseWhoseRestIsTheAddresseeTakesTheContentBefore() {
        String t = "أغلقت الطرق المؤدية إلى الميناء، كما قال المتحدث باسم الشرطة لإذاعة الساحل.";
        Quote q = byCue(quotes(t), "كما قال").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("أغلقت الطرق المؤدية إلى الميناء", q.content().in(t));
    }

    @Test
    void imperfectOfAblaghaIsReadAsBalaghaReaches() {
        assertTrue(quotes("تبلغ كلفة المشروع مليار دولار، إن صحت التقديرات.").isEmpty());
    }

    @Test
    void nameInParenthesesBelongsToTheOutlet() {
        says("قالت قناة (أ.ن.س) الإخبارية إن الجسر افتتح.", "قالت", "قناة (أ.ن.س) الإخبارية", "الجسر افتتح");
    }

    @Test
    void timeAdverbWithAPronounIsNotTheSpeaker() {
        says("وصل الوفد، حينها أعلن رئيس البعثة أن المحادثات بدأت.", "أعلن", "رئيس البعثة", "المحادثات بدأت");
    }

    @Test
    void phraseAfterAClosingQuotationTakesTheQuotationBefore() {
        String t = "و\"سيبقى المتحف مفتوحا طوال الصيف\" بحسب ما كتب مديره سامر الأحمد في بيان.";
        Quote q = byCue(quotes(t), "بحسب ما كتب").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertTrue(q.content().in(t).contains("سيبقى المتحف مفتوحا طوال الصيف"), q::toString);
    }

    @Test
    void relativeClauseWithAPronounObjectIsNotAStatement() {
        String t = "قال الخبير إن الخطة التي أعلنت عنها الوزارة \"طموحة\".";
        assertFalse(byCue(quotes(t), "أعلنت").isPresent(), () -> quotes(t).toString());
    }

    @Test
    void demonstrativeObjectDoesNotOpenASubjectClause() {
        String t = "لم يعلق المدير على تلك الانتقادات وقال إن الفريق سيواصل العمل.";
        Quote q = byCue(quotes(t), "قال").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertFalse("الانتقادات".equals(QuoteStageTest.speaker(q, t)), q::toString);
    }

    @Test
    void kamaOpeningASentenceMeansAlso() {
        String t = "قال الرئيس إن الحوار مستمر.\nكما أكد أن الحكومة ستدعم المزارعين.";
        says(t, "أكد", "الرئيس", "الحكومة ستدعم المزارعين");
    }

    // ---- dropped subjects

    @Test
    void feminineParticipleDoesNotContinueAMasculineSpeaker() {
        String t = "أعلنت الهيئة تمديد المهلة.\nوقال المدير إن الطلبات كثيرة، مبينة أن النتائج ستعلن لاحقا.";
        Quote q = byCue(quotes(t), "مبينة").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("الهيئة", QuoteStageTest.speaker(q, t));
    }

    @Test
    void pluralCueDoesNotFallBackToASingularSpeaker() {
        String t = "الرئيس قال إن الاتفاق عادل.\nويعتقدون أن العقوبات ستنجح.";
        Quote q = byCue(quotes(t), "يعتقدون").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertNull(q.speaker(), q::toString);
    }

    @Test
    void verbBeforeAPluralSubjectIsSingularSoALaterPluralCueFindsIt() {
        String t = "وأفاد سكان الحي بأن المياه انقطعت، وقالوا إن البلدية لم ترد.";
        says(t, "قالوا", "سكان الحي", "البلدية لم ترد");
    }

    @Test
    void participleAfterAReportedSourceAgreesWithTheSourceNotTheChannel() {
        String t = "ونقلت صحيفة الميدان عن نائب معارض قوله إن الجلسة ألغيت، مشيرًا إلى أن التصويت تأجل.";
        says(t, "مشيرًا", "نائب معارض", "التصويت تأجل");
    }

    @Test
    void droppedSubjectWithNoEarlierSpeakerTakesTheLastNamedPerson() {
        String t = "التقينا الرسام فادي الخوري في مرسمه.\nفأجاب: «الألوان تختارني».";
        Document d = Document.of(new Metadata("t", "t", null, null, null, null, null, "ar"), t, null);
        d = new TextLayerStage().apply(d);
        int s = t.indexOf("فادي الخوري");
        Entity person = new Entity(new Span(s, s + "فادي الخوري".length()), "فادي الخوري", EntityType.PERSON,
                "فادي الخوري", null);
        List<Quote> q = new QuoteStage().apply(d.with(Layer.ENTITIES, List.of(person))).get(Layer.QUOTES);
        assertEquals(1, q.size(), q::toString);
        assertEquals("فادي الخوري", q.get(0).speaker().text());
    }

    // ---- words that look like cues and are not (session 8, from errors on real news)

    @Test
    void mustIsNotTheJussiveOfAnswer() {
        String t = "وقال المدرب إن الفريق يجب أن يتحسن. ويجب على اللاعبين أن يركزوا في التدريب.";
        List<Quote> q = quotes(t);
        assertTrue(byCue(q, "يجب").isEmpty(), q::toString);
        says(t, "قال", "المدرب", "الفريق يجب أن يتحسن");
    }

    @Test
    void expectedWithNothingBeforeThatIsPassiveButWithAPronounItIsTheSpeaker() {
        String t = "وقال المدرب إن المهاجم أصيب في الركبة.\nويتوقع أن يغيب عن الملاعب شهرا.";
        Quote q = byCue(quotes(t), "يتوقع").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertNull(q.speaker(), q::toString);
        String u = "وقال الوزير سامر العلي إنه يتوقع أن تنتهي المفاوضات قريبا.";
        says(u, "قال", "الوزير سامر العلي", "يتوقع أن تنتهي المفاوضات قريبا");
        Quote inner = byCue(quotes(u), "يتوقع").orElse(null);
        assertTrue(inner == null || inner.speaker() != null, () -> quotes(u).toString());
    }

    @Test
    void aQuotedNameAfterANamingNounOrAPlatformIsNotTheStatement() {
        says("وكتبت الممثلة عبر حسابها على \"إنستغرام\": \"شكرا لكل من سأل عني\".", "كتبت", "الممثلة",
                "شكرا لكل من سأل عني");
        String t = "وتظهر الممثلة في مسلسل \"بيت الجيران\" بشخصية جديدة.";
        assertTrue(quotes(t).isEmpty(), () -> quotes(t).toString());
        String u = "وأكدت الشركة المنتجة لتطبيق \"رحلتي\" أن الخدمة ستعود غدا.";
        says(u, "أكدت", "الشركة المنتجة لتطبيق \"رحلتي\"", "الخدمة ستعود غدا");
    }

    @Test
    void appearsTakesNoVerbalNounObject() {
        String t = "ويظهر البطلان في الحلقة الأخيرة بملابس تقليدية.";
        assertTrue(quotes(t).isEmpty(), () -> quotes(t).toString());
        says("وتظهر الأرقام أن الصادرات ارتفعت.", "تظهر", "الأرقام", "الصادرات ارتفعت");
    }

    @Test
    void sayingAfterAVerbFramesOneStatement() {
        String t = "وغرد النائب هاني المصري عبر حسابه على \"تويتر\" قائلا: \"لن نقبل بهذا القانون\".";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        says(t, "غرد", "النائب هاني المصري", "لن نقبل بهذا القانون");
    }

    @Test
    void anOutletAfterAStatementWithItsOwnSpeakerRelaysIt() {
        String t = "وقال وزير المالية سامي الحداد إن العجز سيتراجع هذا العام، بحسب ما نقلته وكالة \"النهار\".";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        says(t, "قال", "وزير المالية سامي الحداد", "العجز سيتراجع هذا العام");
        assertEquals(List.of("وكالة \"النهار\""), q.get(0).via(), q::toString);
        String u = "وارتفعت الأسعار بنسبة كبيرة، بحسب ما نقلته وكالة \"النهار\".";
        assertEquals(1, quotes(u).size(), () -> quotes(u).toString());
    }

    @Test
    void theOnePhraseAfterAnAccusationVerbIsWhoIsAccused() {
        String t = "وقال وزير الزراعة فارس الحلبي إن الموسم جيد.\nواتهم التجار بأنهم رفعوا الأسعار.";
        Quote q = byCue(quotes(t), "اتهم").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("وزير الزراعة فارس الحلبي", QuoteStageTest.speaker(q, t), () -> quotes(t).toString());
        String u = "ووصف النائب القرار بأنه متسرع.";
        says(u, "وصف", "النائب", "متسرع"); // two definite words: the subject and what it describes
        String w = "وتراجع الدخل الذي يصفه الخبراء بأنه ضعيف.";
        Quote r = byCue(quotes(w), "يصفه").orElseThrow(() -> new AssertionError(quotes(w).toString()));
        assertEquals("الخبراء", QuoteStageTest.speaker(r, w), () -> quotes(w).toString());
    }

    @Test
    void quotingAfterAnyReportingVerbNamesTheSource() {
        String t = "وذكرت وكالة \"الفجر\" نقلا عن وزير النقل أن الطريق سيفتح غدا.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        says(t, "ذكرت", "وزير النقل", "الطريق سيفتح غدا");
        assertEquals(List.of("وكالة \"الفجر\""), q.get(0).via(), q::toString);
    }

    @Test
    void aShortQuotedNameTheClauseRunsOnFromIsNoStatement() {
        String t = "وأبلغت مصادر حكومية \"الفجر\" أن الاجتماع تأجل.";
        says(t, "أبلغت", "مصادر حكومية", "الاجتماع تأجل");
        String u = "وأفادت \"الفجر\" بارتفاع أسعار الذهب.";
        assertTrue(quotes(u).stream().noneMatch(q -> q.content().in(u).equals("الفجر")), () -> quotes(u).toString());
        says("وقال المدرب: \"سنفوز\".", "قال", "المدرب", "سنفوز");
    }

    @Test
    void aNegatedCueSaysNothingButNotRulingOutIsAStatement() {
        String t = "ولم تعلن أي جهة مسؤوليتها عن الهجوم. ولم يكشف المتحدث عن أسماء الجرحى. وغادر دون أن يوضح أسباب قراره.";
        assertTrue(quotes(t).isEmpty(), () -> quotes(t).toString());
        says("ولم يستبعد الوزير أن ترتفع الأسعار.", "يستبعد", "الوزير", "ترتفع الأسعار");
        says("ولا يعتقد الخبير أن الأزمة ستنتهي قريبا.", "يعتقد", "الخبير", "الأزمة ستنتهي قريبا");
    }

    @Test
    void lamOnAnOutletAfterTheSpeakerIsWhoWasToldButOnAnotherOrganizationItIsTheTitlesGenitive() {
        List<Quote> q = quotesWithEntities("وقال وزير الخارجية لرويترز إن المحادثات مستمرة.");
        assertEquals("وزير الخارجية", q.get(0).speaker().text(), q::toString);
        assertEquals(List.of("رويترز"), q.get(0).via(), q::toString);
        List<Quote> r = quotesWithEntities("وقال الأمين العام لحلف شمال الأطلسي إن الاجتماع مهم.");
        assertEquals("الأمين العام لحلف شمال الأطلسي", r.get(0).speaker().text(), r::toString);
    }

    @Test
    void aStatementEndsWhereANewClauseAfterACommaNamesItsOwnSubject() {
        says("وحذر المهندس من الأسمدة الرخيصة، وبعض التقارير ذكرت أن السماد مغشوش.", "حذر", "المهندس", "الأسمدة الرخيصة");
        says("وحذر المهندس من الأسمدة الرخيصة، وبعض التقارير ذكرت أن السماد مغشوش.", "ذكرت", "بعض التقارير", "السماد مغشوش");
        // a subject after لكن stays inside the first statement's clause
        String t = "وأعلنت البلدية أن الحديقة ستفتح غدا، لكن السكان قالوا إنها غير جاهزة.";
        assertTrue(byCue(quotes(t), "أعلنت").orElseThrow().content().in(t).contains("لكن"), () -> quotes(t).toString());
    }

    @Test
    void aPluralCueWithADroppedSubjectIsNoSinglePersonsNamedBeforeIt() {
        String t = "ومن بين الموقوفين سامر الحربي ونادر سلوم. واستنكر ناشطون الخطوة، مشيرين إلى أنها تمثل اعتداء على الحريات.";
        Quote x = byCue(quotesWithEntities(t), "مشيرين").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertTrue(x.speaker() == null || !x.speaker().text().contains("سلوم") && !x.speaker().text().contains("الحربي"), x::toString);
        String u = "وقال وزير النقل سامر الحربي إن الطريق سيفتح. وأضاف الوزير أن العمل مستمر، مشيرا إلى أن الشركات ملتزمة.";
        assertEquals("الوزير", QuoteStageTest.speaker(byCue(quotesWithEntities(u), "مشيرا").orElseThrow(), u));
    }

    @Test
    void theOutletToldAfterTheSpeakersPrepositionalPhraseIsNoPartOfTheSpeaker() {
        List<Quote> q = quotesWithEntities("وقال مسؤول في وزارة النقل لرويترز إن الطريق سيفتح غدا.");
        assertEquals("مسؤول في وزارة النقل", q.get(0).speaker().text(), q::toString);
        assertEquals(List.of("رويترز"), q.get(0).via(), q::toString);
        String t = "وبحسب تصريحات من إدارة الميناء لصحيفة الأفق فإن السفن ستعود الأسبوع المقبل.";
        Quote x = byCue(quotesWithEntities(t), "بحسب").orElseThrow();
        assertEquals("السفن ستعود الأسبوع المقبل", x.content().in(t).replaceFirst("^فإن ", ""), x::toString);
    }

    @Test
    void lamOnAnOutletKnownOnlyWhereOneIsExpectedIsWhoWasToldEvenRightAfterTheVerb() {
        String t = "وقالت الباحثة ليلى منصور، مديرة المركز، لبي بي سي إن النتائج مشجعة. وأضافت لبي بي سي أن التجربة ستتكرر.";
        List<Quote> q = quotesWithEntities(t);
        assertEquals(2, q.size(), q::toString);
        assertEquals(List.of("بي بي سي"), q.get(0).via(), q::toString);
        assertEquals(List.of("بي بي سي"), q.get(1).via(), q::toString);
        assertTrue(q.get(1).speaker() != null && q.get(1).speaker().text().contains("ليلى منصور"),
                () -> "the dropped subject is the last speaker, not the outlet: " + q);
    }

    @Test
    void accordingToARuleOrACriterionIsNoStatement() {
        String t = "وتبلغ الرسوم خمسين دينارا حسب فئة المحل، وتصرف المنح وفقا للقانون الجديد. وتوزع الحصص بحسب الحاجة.";
        assertTrue(quotes(t).isEmpty(), () -> quotes(t).toString());
        List<Quote> q = quotes("وارتفع عدد الجرحى إلى عشرة حسب مصادر طبية.");
        assertEquals(1, q.size(), q::toString);
        assertEquals("مصادر طبية", q.get(0).speaker().text());
        String policy = "وتقبل الطلبات وفقا لسياسات القبول في الجامعة، وتنفذ المشاريع وفق أعلى معايير السلامة.";
        assertTrue(quotes(policy).isEmpty(), () -> quotes(policy).toString());
    }

    @Test
    void aQuotedNameAfterLamRightAfterTheSpeakerOrAnInterviewIsTheOutletTold() {
        List<Quote> q = quotesWithEntities("وقال مدير المستشفى لـ«النهار» إن الحالات مستقرة. وأكد الوزير في تصريح ل\"الأفق\" أن الموعد ثابت.");
        assertEquals(2, q.size(), q::toString);
        assertEquals(List.of("النهار"), q.get(0).via(), q::toString);
        assertEquals("مدير المستشفى", q.get(0).speaker().text());
        assertEquals(List.of("الأفق"), q.get(1).via(), q::toString);
        List<Quote> r = quotesWithEntities("وقال الوزير إن الخطة «جاهزة» وإنها ستعرض قريبا.");
        assertEquals(List.of(), r.get(0).via(), "a quoted word inside what was said is no outlet");
        List<Quote> g = quotesWithEntities("واعترف الرئيس التنفيذي لـ\"فيسبوك\" مارك زوكربيرغ بأن الشركة أخطأت.");
        assertEquals("الرئيس التنفيذي لـ\"فيسبوك\" مارك زوكربيرغ", g.get(0).speaker().text(), "a title's genitive, then the name");
        assertEquals(List.of(), g.get(0).via(), g::toString);
    }

    @Test
    void aParticleWithAPronounOrAConnectiveIsNoSpeaker() {
        for (String t : List.of("وعبّر السكان عن غضبهم، لكنهم يقولون إن الحل قريب.", "وخسر الفريق مباراتين، لذا يرى المدرب أن التغيير ضروري.")) {
            List<Quote> q = quotesWithEntities(t);
            assertEquals(1, q.size(), q::toString);
            String speaker = q.get(0).speaker() == null ? "" : q.get(0).speaker().text();
            assertTrue(!speaker.startsWith("لكن") && !speaker.startsWith("لذا"), () -> t + " ▸ " + q);
        }
    }

    @Test
    void aConjunctionWrittenApartAMannerPhraseAndAnObjectWithItsPronounAreNoSpeaker() {
        List<Quote> q = quotesWithEntities("و أعرب الوزير عن تقديره للجهود المبذولة.");
        assertEquals("الوزير", q.get(0).speaker().text(), q::toString);
        List<Quote> r = quotesWithEntities("وقال الوزير إن الخطة جاهزة. واستطرد بقوله: «سنبدأ غدا».");
        assertEquals("الوزير", r.get(1).speaker().text(), r::toString);
        List<Quote> o = quotesWithEntities("وأكد محمد العتيبي استعداده للتعاون مع اللجنة.");
        assertEquals("محمد العتيبي", o.get(0).speaker().text(), o::toString);
    }

    @Test
    void aPhraseInsideTheFirstStatementIsNoSubjectOfTheNext() {
        List<Quote> q = quotesWithEntities("وذكر الصياد أن هذه المهنة متعبة واستدرك: «لكنها تكفي العائلة».");
        assertEquals(2, q.size(), q::toString);
        assertEquals("الصياد", q.get(1).speaker().text(), q::toString);
    }

    @Test
    void theOfficeAPrepositionNamesIsPartOfTheSpeaker() {
        List<Quote> q = quotesWithEntities("وأوضح المشرف على برامج الصيف في البلدية سلمان الدوسري أن العروض تبدأ الخميس.");
        assertEquals("المشرف على برامج الصيف في البلدية سلمان الدوسري", q.get(0).speaker().text(), q::toString);
        List<Quote> r = quotesWithEntities("وأكد المتحدث الرسمي بالهيئة العامة للأرصاد خالد بن سعد الزهراني أن الأمطار ستستمر.");
        assertEquals("المتحدث الرسمي بالهيئة العامة للأرصاد خالد بن سعد الزهراني", r.get(0).speaker().text(), r::toString);
        List<Quote> s = quotesWithEntities("وقال المسؤول عن الملف في الشركة إن التسليم تأخر.");
        assertEquals("المسؤول عن الملف في الشركة", s.get(0).speaker().text(), s::toString);
    }

    @Test
    void aPrepositionalPhraseOfMannerOrOneTheVerbGovernsIsNoPartOfTheSpeaker() {
        List<Quote> q = quotesWithEntities("وتابعت المديرة بالقول إن المدرسة ستفتح أبوابها.");
        assertEquals("المديرة", q.get(0).speaker().text(), q::toString);
        List<Quote> r = quotesWithEntities("وتقول الجدة باللغة الكردية إن البيت تغير كثيرا.");
        assertEquals("الجدة", r.get(0).speaker().text(), r::toString);
    }

    @Test
    void aClauseOpeningWithBayyanaAndThenThatIsAStatement() {
        says("وبين المدير التنفيذي للجمعية أن التبرعات زادت هذا العام.", "بين", "المدير التنفيذي للجمعية",
                "التبرعات زادت هذا العام");
        List<Quote> q = quotes("وبين الطرفين خلاف قديم على الحدود.");
        assertTrue(q.isEmpty(), q::toString);
        List<Quote> r = quotes("وبين عامي 2010 و2015 تراجع الإنتاج، وأكد الخبراء أن السبب هو الجفاف.");
        assertEquals(1, r.size(), r::toString);
    }

    @Test
    void aliAfterBinIsANameNotAPreposition() {
        List<Quote> q = quotesWithEntities("وقال محمد بن علي الشهري إن الطريق سيفتح غدا.");
        assertEquals("محمد بن علي الشهري", q.get(0).speaker().text(), q::toString);
    }

    @Test
    void aPluralInYnaAfterAVerbThatUrgesIsWhoWasUrgedNotTheSpeaker() {
        List<Quote> q = quotesWithEntities("وأكد مدير المهرجان نايف الحارثي أن التسجيل مفتوح، وطالب الراغبين في المشاركة بالتسجيل عبر الموقع.");
        assertEquals(2, q.size(), q::toString);
        assertEquals("نايف الحارثي", q.get(1).speaker().canonical(), q::toString);
        List<Quote> r = quotesWithEntities("ويرى السليمين أن السوق ستتعافى قريبا.");
        assertEquals("السليمين", r.get(0).speaker().text(), "another verb: a family name in ـين is the subject");
    }

    @Test
    void theLetterNOfAnAcronymIsNoComplementizer() {
        List<Quote> q = quotesWithEntities("وقالت شبكة سي إن إن الأمريكية إن المفاوضات توقفت.");
        assertEquals(1, q.size(), q::toString);
        assertEquals("المفاوضات توقفت", q.get(0).content().in("وقالت شبكة سي إن إن الأمريكية إن المفاوضات توقفت."), q::toString);
        List<Quote> r = quotes("وأكد المدير أن أي تأخير مرفوض.");
        assertEquals("أي تأخير مرفوض", r.get(0).content().in("وأكد المدير أن أي تأخير مرفوض."), "أي is no letter name");
    }

    @Test
    void aReportingVerbInTheSubjunctiveAfterAnIsNoStatement() {
        String t = "وقال المحلل إن المصدرين يأملون أن يروا الأسعار ترتفع قريبا. وعلى الوزارة أن تعلن النتائج غدا.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        assertEquals("المصدرين يأملون أن يروا الأسعار ترتفع قريبا", q.get(0).content().in(t), q::toString);
    }

    @Test
    void aDetachedConjunctionAndAParticipleOfSpeakingAreNoSpeaker() {
        String t = "وقال الباحث سامر الخطيب إن العينة صغيرة. و أضاف إن النتائج أولية. وأوضح متحدثا لصحيفة الأفق أن الدراسة مستمرة.";
        List<Quote> q = quotesWithEntities(t);
        assertEquals(3, q.size(), q::toString);
        assertEquals("سامر الخطيب", q.get(1).speaker().canonical(), q::toString);
        assertEquals("سامر الخطيب", q.get(2).speaker().canonical(), q::toString);
    }

    @Test
    void theWordsOfAHashtagBeforeTheVerbAreOneSpeaker() {
        List<Quote> q = quotes("وكان #البنك_المركزي_الوطني أعلن أن الاحتياطي ارتفع.");
        assertEquals("البنك_المركزي_الوطني", q.get(0).speaker().text(), q::toString);
    }

    @Test
    void theSubjectAfterWhoWasToldIsTheSpeaker() {
        List<Quote> q = quotesWithEntities("أكد لـ«الأفق» وزير الزراعة الدكتور سالم الحربي، أن المحصول وفير.");
        assertEquals(1, q.size(), q::toString);
        assertEquals("وزير الزراعة الدكتور سالم الحربي", q.get(0).speaker().text(), q::toString);
        assertEquals(List.of("الأفق"), q.get(0).via(), q::toString);
    }

    @Test
    void anObjectWithItsPronounAnAffiliationAndDuringWhichAreNoSpeakerAndNoCue() {
        List<Quote> q = quotesWithEntities("وأعلن تنظيم داعش مسؤوليته عن الهجوم.");
        assertEquals("تنظيم داعش", q.get(0).speaker().text(), q::toString);
        assertTrue(quotes("ونشر موقع تابع للجماعة صورا للمنفذ.").isEmpty());
        List<Quote> r = quotesWithEntities("وقال الوزير سامي النجار إن الطريق مغلق. وعقد مؤتمرا صحفيا قال خلاله إن العمل سيستأنف.");
        assertEquals(2, r.size(), r::toString);
        assertTrue(r.get(1).speaker() == null || !r.get(1).speaker().text().contains("خلاله"), r::toString);
        assertTrue(quotes("وتسير الحركة في المطار وفق المعتاد.").isEmpty());
    }

    @Test
    void theDotOfAOneLetterTitleNeitherEndsTheSpeakerNorTheStatement() {
        String t = "وقال د. سامر الخطيب إن الحالات مستقرة. وأوضح م. نايف العلي أن الأعمال انتهت.";
        List<Quote> q = quotes(t);
        assertEquals(2, q.size(), q::toString);
        assertEquals("د. سامر الخطيب", q.get(0).speaker().text(), q::toString);
        assertEquals("م. نايف العلي", q.get(1).speaker().text(), q::toString);
        assertEquals("الحالات مستقرة", q.get(0).content().in(t), q::toString);
    }

    @Test
    void inResponseToIsNoReplyAndTheStatementGoesOnThroughIt() {
        String t = "وقال الوزير إن الحكومة ستفرض رسوما جديدة ردا على القرار الأخير.";
        List<Quote> q = quotes(t);
        assertEquals(1, q.size(), q::toString);
        assertEquals("الحكومة ستفرض رسوما جديدة ردا على القرار الأخير", q.get(0).content().in(t), q::toString);
        List<Quote> r = quotes("وأعلنت الهيئة أواخر الشهر الماضي أن التسجيل مفتوح.");
        assertEquals("الهيئة", r.get(0).speaker().text(), r::toString);
    }

    @Test
    void aNounCountedByANumberIsNoVerbAndAnAccountIsAnOccasion() {
        assertTrue(quotes("وسجلت الدائرة وصول أكثر من عشرين ألف طالب لجوء منذ بداية العام.").isEmpty());
        List<Quote> q = quotes("وفي عام 2019 أعلنت الوزارة أن الخطة اكتملت.");
        assertEquals("الوزارة", q.get(0).speaker().text(), "a year is no count: " + q);
        List<Quote> r = quotes("وقال النادي في حسابه على موقع تويتر إن العقد وقع.");
        assertEquals("النادي", r.get(0).speaker().text(), r::toString);
    }

    @Test
    void aNameSetOffByCommasAfterATitleIsPartOfTheSpeaker() {
        List<Quote> q = quotesWithEntities("وقال رئيس بلدية المدينة، كريم الساعدي، إن الطرق ستفتح غدا.");
        assertEquals("رئيس بلدية المدينة، كريم الساعدي", q.get(0).speaker().text(), q::toString);
        assertEquals("كريم الساعدي", q.get(0).speaker().canonical(), q::toString);
        List<Quote> r = quotesWithEntities("وقالت سفيرة السويد لدى الأردن، إنغريد لارسون، إن بلادها ستزيد المساعدات.");
        assertEquals("سفيرة السويد لدى الأردن، إنغريد لارسون", r.get(0).speaker().text(), r::toString);
        List<Quote> s = quotesWithEntities("ونقلت الإذاعة على لسان وزير النقل، فهد المطيري، قوله إن الجسر سيفتتح قريبا.");
        assertEquals("وزير النقل، فهد المطيري", s.get(0).speaker().text(), s::toString);
        assertEquals("الجسر سيفتتح قريبا", s.get(0).content().in("ونقلت الإذاعة على لسان وزير النقل، فهد المطيري، قوله إن الجسر سيفتتح قريبا."), s::toString);
    }

    @Test
    void namesJoinedByAndAreOneSpeakerAndTheOccasionIsNoContent() {
        String t = "وأعلنت فرنسا وإيطاليا وإسبانيا في بيان مشترك الأحد رفض الخطة الجديدة.";
        List<Quote> q = quotesWithEntities(t);
        assertEquals("فرنسا وإيطاليا وإسبانيا", q.get(0).speaker().text(), q::toString);
        assertEquals("رفض الخطة الجديدة", q.get(0).content().in(t), q::toString);
        String u = "وأعلنت الشركة في بيان لها الخميس إغلاق فرعين.";
        List<Quote> r = quotesWithEntities(u);
        assertEquals("إغلاق فرعين", r.get(0).content().in(u), r::toString);
    }

    @Test
    void aTimeOfTheMonthAndAPrepositionWithWhomEndTheSpeaker() {
        List<Quote> q = quotes("وكان الوزير قد تحدث عن الخطة. وأعلن بداية هذا الشهر عن تعديل الرسوم.");
        assertTrue(q.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("بداية")), q::toString);
        says("وأعلن الحكم نهاية المباراة.", "أعلن", "الحكم", "نهاية المباراة");
        says("وقال الاتحاد في منتصف يوليو الماضي إنه سيغير اللوائح.", "قال", "الاتحاد", "سيغير اللوائح");
        says("وقال مصدر مطلع إن الاتفاق قريب.", "قال", "مصدر مطلع", "الاتفاق قريب");
        List<Quote> r = quotes("ونقلت الصحيفة عمن وصفتهم بالمطلعين قولهم إن الاتفاق قريب.");
        assertTrue(r.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("عمن")), r::toString);
    }

    @Test
    void aPhraseAfterItsClauseAttributesTheClauseEvenWithADateAfterIt() {
        String t = "وانهار جسر قديم في المدينة، وفق ما ذكرت صحيفة \"الأيام\" المحلية، الخميس.";
        List<Quote> q = quotes(t);
        assertEquals("صحيفة \"الأيام\" المحلية", q.get(0).speaker().text(), q::toString);
        assertEquals("وانهار جسر قديم في المدينة", q.get(0).content().in(t), q::toString);
        String u = "وأصيب أربعة عمال، بحسب ما أفادت الشرطة، في انفجار داخل المصنع.";
        List<Quote> r = quotes(u);
        assertEquals("وأصيب أربعة عمال", r.get(0).content().in(u), r::toString);
        String v = "وأعلنت الشركة، بحسب ما نقلت الإذاعة، أن المصنع سيغلق.";
        List<Quote> w = quotes(v);
        assertTrue(w.stream().noneMatch(x -> x.content().in(v).equals("وأعلنت الشركة")), w::toString);
    }

    @Test
    void aNameWrittenLikeAPrepositionAMembersSeatAndAnAdverbOfMannerAreRead() {
        List<Quote> q = quotesWithEntities("وأوضح مدير المستشفى الدكتور علي الزهراني أن الحالات مستقرة.");
        assertEquals("مدير المستشفى الدكتور علي الزهراني", q.get(0).speaker().text(), q::toString);
        List<Quote> r = quotesWithEntities("وقال النائب عن كتلة الإصلاح سامر الحلبي إن الجلسة تأجلت.");
        assertEquals("النائب عن كتلة الإصلاح سامر الحلبي", r.get(0).speaker().text(), r::toString);
        says("ونفى المتحدث بشدة أن يكون القرار نهائيا.", "نفى", "المتحدث", "يكون القرار نهائيا");
    }

    @Test
    void theSubjectOfACueAfterAComplementizerWithAPronounIsThatPronoun() {
        String t = "وامتدح المدرب لاعبيه وقال إنه يرى سامي الحربي أفضل اللاعبين أداء.";
        List<Quote> q = quotesWithEntities(t);
        assertTrue(q.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().contains("الحربي")), q::toString);
        assertEquals("المدرب", byCue(q, "قال").orElseThrow().speaker().text(), "the subject of the verb before: " + q);
        String u = "وامتدح المدرب لاعبيه وقال إنه يتوقع الفوز في المباراة المقبلة.";
        List<Quote> r = quotesWithEntities(u);
        Quote expects = byCue(r, "يتوقع").orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("المدرب", expects.speaker().text(), r::toString);
        assertEquals("الفوز في المباراة المقبلة", expects.content().in(u), r::toString);
    }

    @Test
    void aParticipleCountedByANumberADashedAsideAndANameAfterARankAreRead() {
        assertTrue(quotes("وأفرجت المحكمة عن 11 متهمًا في القضية.").isEmpty());
        String t = "وأظهرت دراسة حديثة -نشرتها \"الأيام\"- أن عدد الحوادث انخفض.";
        List<Quote> q = quotes(t);
        assertEquals("عدد الحوادث انخفض", q.get(0).content().in(t), q::toString);
        says("وأوضح الدكتور الخميس في ختام جولته أن الزيارة مهمة.", "أوضح", "الدكتور الخميس", "الزيارة مهمة");
        says("وأكد المتحدث لوسائل الإعلام المحلية أن الطريق مغلق.", "أكد", "المتحدث", "الطريق مغلق");
    }

    @Test
    void whoIsDescribedOrAccusedIsNoPartOfTheSpeaker() {
        says("ووصف البيان الهجوم بأنه عمل جبان.", "وصف", "البيان", "عمل جبان");
        List<Quote> q = quotes("ووصفت الصحيفة خطاب الرئيس بالتاريخي.");
        assertEquals("الصحيفة", q.get(0).speaker().text(), q::toString);
        List<Quote> r = quotesWithEntities("واتهم وزير الداخلية سامر الخطيب الجماعة بأنها دبرت الهجوم.");
        assertEquals("وزير الداخلية سامر الخطيب", r.get(0).speaker().text(), r::toString);
    }

    @Test
    void aPronounThroughAParticleAPredicateAfterHuwaAndATimeInThePastAreRead() {
        List<Quote> q = quotesWithEntities("أعلنت الحكومة أنها سوف تطالب المنظمة بإجراء تحقيق.");
        assertTrue(q.stream().noneMatch(x -> x.speaker() != null && x.speaker().text().equals("سوف")), q::toString);
        List<Quote> r = quotes("وقال سامر، وهو طالب في الجامعة: \"الدروس صعبة\".");
        assertTrue(r.stream().noneMatch(x -> x.cue().text().equals("طالب")), r::toString);
        says("وذكرت الصحيفة في وقت سابق أن الاتفاق قريب.", "ذكرت", "الصحيفة", "الاتفاق قريب");
    }

    @Test
    void theObjectAfterTheDayOfTheAnnouncementIsTheStatement() {
        says("وأعلنت الوزارة الاثنين إغلاق المعبر.", "أعلنت", "الوزارة", "إغلاق المعبر");
        says("وأعلن الجيش مساء أمس مقتل ثلاثة مسلحين.", "أعلن", "الجيش", "مقتل ثلاثة مسلحين");
        assertTrue(quotes("وأعلن الخبر الجمعة بمناسبة افتتاح المتحف.").isEmpty());
    }

    @Test
    void aStanceWithTheSubjectsPronounIsWhatWasShownAndQadStandsBeforeTheVerb() {
        String t = "وأشار دبلوماسيون إلى أن طهران قد أبدت استعدادها للحوار.";
        List<Quote> q = quotes(t);
        Quote shown = byCue(q, "أبدت").orElseThrow(() -> new AssertionError(q.toString()));
        assertEquals("طهران", shown.speaker().text(), q::toString);
        assertEquals("استعدادها للحوار", shown.content().in(t), q::toString);
    }

    @Test
    void aDocumentIssuedBySomeoneCarriesItsIssuerAndASubordinateVerbStatesNothing() {
        String t = "ووفقًا لتقرير صادر عن هيئة الإحصاء، ارتفعت الصادرات بنسبة كبيرة.";
        List<Quote> q = quotes(t);
        assertEquals("تقرير صادر عن هيئة الإحصاء", q.get(0).speaker().text(), q::toString);
        assertEquals("ارتفعت الصادرات بنسبة كبيرة", q.get(0).content().in(t), q::toString);
        String u = "وتضاعفت أرباح المصرف خلال العام، وفق ما ذكره المصرف في بيان، دون أن يكشف عن أرقام محددة.";
        List<Quote> r = quotes(u);
        assertTrue(r.stream().noneMatch(x -> x.content().in(u).startsWith("دون")), r::toString);
    }

    @Test
    void theChargeAfterAnAccusationIsNoPartOfTheSpeakersPhrase() {
        says("واتهمت النقابة الإدارة بـ«التسويف» في صرف الرواتب.", "اتهمت", "النقابة", "التسويف");
    }

    @Test
    void aConjunctionOnTheSubjectIsNoPartOfTheSpeaker() {
        says("وارتفعت الأسعار، والتقرير يشير إلى أن الطلب تراجع.", "يشير", "التقرير", "الطلب تراجع");
    }

    @Test
    void theSayerAfterAVerbalNounOfSayingIsTheSpeakerOfNaql() {
        says("ونقلت الصحف تأكيد رئيس الوزراء أن الاتفاق سيوقع قريبا.", "نقلت", "رئيس الوزراء", "الاتفاق سيوقع قريبا");
    }

    @Test
    void drawingAttentionIsAnIdiomWhoseObjectIsNoSpeaker() {
        String t = "وأوضح المدير أن العمل مستمر، ولفت النظر إلى أن الأجنحة اكتملت.";
        List<Quote> q = quotes(t);
        Quote x = byCue(q, "لفت").orElseThrow(() -> new AssertionError(q.toString()));
        assertTrue(x.speaker() == null || !x.speaker().text().equals("النظر"), q::toString);
        assertEquals("الأجنحة اكتملت", x.content().in(t), q::toString);
    }

    @Test
    void aGovernorWrittenWithYaIsNoConjunctionAndPreposition() {
        says("وقال والي الجزيرة إن المحصول وفير.", "قال", "والي الجزيرة", "المحصول وفير");
    }

    @Test
    void aWordAfterAbiOrBinIsAName() {
        assertTrue(quotes("وافتتح الوزير مدرسة علي بن أبي طالب في الحي.").isEmpty());
        assertTrue(quotes("وحضر الاجتماع الدكتور نادر أبو طالب مع الوفد.").isEmpty());
    }

    @Test
    void aVerbNegatedWithLaSaysNothing() {
        assertTrue(quotes("والكتاب لا يتحدث عن الحرب بل عن السلام.").isEmpty());
        assertTrue(quotes("ولا تشير الأرقام إلى أن الطلب تراجع.").isEmpty());
        says("ولا يستبعد المحلل أن ترتفع الأسعار.", "يستبعد", "المحلل", "ترتفع الأسعار");
    }

    @Test
    void hisSayingAfterTheCueIsNoSpeaker() {
        String t = "وقال الوزير إن الخطة جاهزة. وتابع قوله «سنبدأ التنفيذ غدا».";
        Quote x = byCue(quotes(t), "تابع").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("الوزير", QuoteStageTest.speaker(x, t), quotes(t)::toString);
    }
    // ---- session 15: fresh ANT articles

    @Test
    void theSpeakersRelativeClauseEndsAtTheColonBeforeTheQuotation() {
        String t = "وقال المدرب، الذي قاد الفريق في الموسم الماضي: «سنقاتل على اللقب حتى الجولة الأخيرة».";
        Quote x = byCue(quotes(t), "قال").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("المدرب", QuoteStageTest.speaker(x, t));
        assertEquals("سنقاتل على اللقب حتى الجولة الأخيرة", x.content().in(t));
        assertTrue(x.direct());
    }

    @Test
    void aPerfectWithADammaOnItsFirstLetterIsPassive() {
        String t = "وقالت الشرطة إن الطريق مغلق. لكن ما وُصف بأنه حادث بسيط أدى إلى ازدحام كبير.";
        assertTrue(byCue(quotes(t), "وُصف").isEmpty(), quotes(t)::toString);
        says("ويُشير التقرير إلى أن البطالة تراجعت.", "يُشير", "التقرير", "البطالة تراجعت");
    }

    @Test
    void aCueInsideTheClauseOfAnAttributionPhraseIsPartOfWhatWasReported() {
        says("ووفقا لـ«الأنباء»، فإن الوزارة ستعلن خطة جديدة للنقل العام.", "وفقا لـ", "«الأنباء»",
                "فإن الوزارة ستعلن خطة جديدة للنقل العام");
        says("ونجحت الفرق في انتشال 200 من الناجين كما نقلت 15 جثة، بحسب آخر حصيلة للدفاع المدني.", "بحسب",
                "آخر حصيلة للدفاع المدني", "ونجحت الفرق في انتشال 200 من الناجين كما نقلت 15 جثة");
    }

    @Test
    void aQuotedNameTheTaggerFoundWithTheClauseGoingOnIsNoQuotation() {
        String t = "وأظهر مقطع مصور نشره «حزب الأمة» على موقعه، الزعيم يخطب في أنصاره.";
        assertTrue(quotesWithEntities(t).stream().noneMatch(q -> q.content().in(t).equals("حزب الأمة")),
                quotesWithEntities(t)::toString);
    }

    @Test
    void aTimePrepositionEndsTheSpeaker() {
        says("وقال الوزير أثناء جولة في المحافظة إن المشاريع ستنجز قريبا.", "قال", "الوزير", "المشاريع ستنجز قريبا");
    }

    @Test
    void aQuotationInAnAdverbialAsideBeforeTheComplementizerIsNotTheStatement() {
        says("وقال رئيس الاتحاد، بعد لقائه «الودي والصريح» مع اللاعبين، إن المدرب باق في منصبه.", "قال", "رئيس الاتحاد",
                "المدرب باق في منصبه");
    }

    @Test
    void whoACallIsMadeToIsNoPartOfTheSpeaker() {
        assertEquals("الحكومة", speakerOf("ودعت الحكومة السكان إلى الابتعاد عن الشواطئ.", "دعت"));
        assertEquals("وزير الخارجية الفرنسي", speakerOf("ودعا وزير الخارجية الفرنسي إيران إلى ضبط النفس.", "دعا"));
        assertEquals("رئيس الوزراء الأردني هاني الملقي",
                speakerOf("ودعا رئيس الوزراء الأردني هاني الملقي إلى التهدئة.", "دعا"), "a person after the title is the speaker");
    }

    @Test
    void aQuotedChargeWithBaIsNoPartOfTheSpeaker() {
        assertEquals("شكري", speakerOf("ووصف شكري الاتفاق \"بالمنصف الذي يحفظ حقوق الطرفين كاملة\".", "وصف"));
        String t = "ووصف الوزير الاتفاق «بالمجحف وغير العادل».";
        Quote x = byCue(quotes(t), "وصف").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("بالمجحف وغير العادل", x.content().in(t), "the closing mark of a quotation the content began in is left out");
    }

    @Test
    void aQuotationOpeningTheClauseAfterTheComplementizerIsItsSubject() {
        String t = "وأكد المدير أن «المصنع» سيعود إلى العمل الشهر المقبل.";
        Quote x = byCue(quotes(t), "أكد").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("«المصنع» سيعود إلى العمل الشهر المقبل", x.content().in(t));
        assertFalse(x.direct(), "partly quoted: not a direct quotation");
    }

    @Test
    void theSourcesRelativeClauseLeavesTheStatementBeforeThePhrase() {
        says("وأغلقت المدارس أبوابها يوم الأحد، وفق السلطات التي أكدت أن القرار مؤقت.", "وفق", "السلطات",
                "وأغلقت المدارس أبوابها يوم الأحد");
        says("في ذلك العام، حسب الدراسة التي نشرها المعهد، كانت الأسعار أعلى بكثير.", "حسب", "الدراسة",
                "كانت الأسعار أعلى بكثير");
    }

    @Test
    void aMasculineTitleIsNotLinkedToAWomansRole() {
        String t = "واستقبلت وزيرة السياحة منى الخطيب الوفد الزائر. وقال الوزير إن الزيارة ناجحة.";
        Quote x = byCue(quotesWithEntities(t), "قال").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertNull(x.speaker().canonical(), x::toString);
        String m = "واستقبل وزير السياحة سامي الخطيب الوفد الزائر. وقال الوزير إن الزيارة ناجحة.";
        Quote y = byCue(quotesWithEntities(m), "قال").orElseThrow(() -> new AssertionError(quotesWithEntities(m).toString()));
        assertEquals("سامي الخطيب", y.speaker().canonical(), y::toString);
    }
    @Test
    void aNameSetOffByCommasCarriesTheSpeakerOnBeforeWhoWasTold() {
        assertEquals("رئيس البلدية، ماهر العتيبي",
                speakerOf("وقال رئيس البلدية، ماهر العتيبي، لوكالة الأنباء الفرنسية إن الشوارع ستفتح غدا.", "قال"));
    }

    @Test
    void thePersonNamedEndsTheSubjectOfTheVerbBefore() {
        assertEquals("المحافظ سامي الكردي", speakerOf("وزار المحافظ سامي الكردي المستشفى وأكد أن الخدمات ستتحسن.", "أكد"));
    }

    @Test
    void consideredWithAnElativeIsPassive() {
        String t = "وقالت اللجنة عقب زيارتها المركز الذي يعتبر أكبر مركز في البلاد لإيواء المهاجرين أن بعض نزلائه باقون منذ أشهر.";
        assertTrue(byCue(quotes(t), "يعتبر").isEmpty(), quotes(t)::toString);
        says("ويعتبر المحللون أن الخطة طموحة.", "يعتبر", "المحللون", "الخطة طموحة");
    }
    @Test
    void aShortQuotationAfterAnIndefiniteNounNamesIt() {
        says("وقالت الهيئة عقب زيارتها مركز احتجاز \"النور\" القريب من المطار أن بعض نزلائه محتجزون منذ أشهر.", "قالت",
                "الهيئة", "بعض نزلائه محتجزون منذ أشهر");
        String t = "وقال الوزير \"سنعيد بناء كل شيء\" في كلمة أمام البرلمان.";
        Quote x = byCue(quotes(t), "قال").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("سنعيد بناء كل شيء", x.content().in(t), "after a definite word the quotation is what was said");
    }
    @Test
    void addedBeforeANumberIsAPriceGain() {
        String t = "وتصدر سهم الأمل الارتفاعات بعد أن أضاف 2.5 نقطة، تلاه سهم الشروق بعد أن أضاف 1.2 نقطة.";
        assertTrue(byCue(quotes(t), "أضاف").isEmpty(), quotes(t)::toString);
        says("وأضاف المحلل أن السوق متماسكة.", "أضاف", "المحلل", "السوق متماسكة");
    }
    @Test
    void aPlaceOrBodyAfterATitleIsNotTheSpeakersCanonicalName() {
        String t = "وقالت مبعوثة الولايات المتحدة إن بلادها مستعدة للرد.";
        Quote x = byCue(quotesWithEntities(t), "قالت").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertNull(x.speaker().canonical(), x::toString);
        String u = "وقالت صحيفة \"الأيام\" إن الحكومة ستستقيل.";
        Quote y = byCue(quotesWithEntities(u), "قالت").orElseThrow(() -> new AssertionError(quotesWithEntities(u).toString()));
        assertEquals("الأيام", y.speaker().canonical(), "an outlet after its head is the speaker: " + y);
    }

    @Test
    void aSubjunctiveAfterAllaAndAShortFormOfSayWithoutLamSayNothing() {
        String t = "ويصعب ألا تلاحظ الاهتمام الكبير الذي يحظى به \"النجم المصري\" في كل مكان.";
        assertTrue(quotes(t).isEmpty(), quotes(t)::toString);
        String u = "وتجمعت حافلات تقل مقاتلين ومدنيين عند أطراف المدينة قبل أن تنطلق شمالا.";
        assertTrue(quotes(u).isEmpty(), quotes(u)::toString);
    }

    @Test
    void aPhraseInFiAfterAPersonsNameIsNoPartOfTheSpeaker() {
        assertEquals("روحاني", speakerOf("وقال روحاني في طهران إن بلاده لن تتراجع.", "قال"));
        assertEquals("سامر الخطيب من الجمعية", speakerOf("وقال سامر الخطيب من الجمعية إن التبرعات زادت.", "قال"),
                "a phrase in من says who the person is");
    }

    @Test
    void aMonthAfterTheSpeakerIsWhenNotWhat() {
        String t = "وأعلن الرئيس كمال الدباغ في أيار الماضي تأجيل الانتخابات.";
        Quote x = byCue(quotesWithEntities(t), "أعلن").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertEquals("الرئيس كمال الدباغ", QuoteStageTest.speaker(x, t), x::toString);
        assertEquals("تأجيل الانتخابات", x.content().in(t), x::toString);
    }
    @Test
    void aParticipleAfterKanaIsItsPredicate() {
        String t = "وكان اعتماد القرار متوقعا بعد أن منح المجلس موافقته.";
        assertTrue(quotes(t).isEmpty(), quotes(t)::toString);
    }

    @Test
    void aTopicInAPrepositionAfterAmmaIsNotTheSpeaker() {
        says("أما عن ردة فعل الجماهير فقال المدرب: \"أريد أن أشكرهم\".", "قال", "المدرب", "أريد أن أشكرهم");
    }

    @Test
    void aQuotedClauseClosingTheSentenceRightAfterTheSpeakerIsTheStatement() {
        says("وقال الوزير \"نحن لا نريد الحرب\".", "قال", "الوزير", "نحن لا نريد الحرب");
        says("وأبلغ الوزير الصحفيين أن الزيارة ناجحة.", "أبلغ", "الوزير", "الزيارة ناجحة");
    }
    @Test
    void aPhraseOfTimeAfterATrailingSourceLeavesTheStatementBeforeIt() {
        String t = "أعلن الاتحاد استدعاء سفيره للتشاور، وفقا لما ذكره رئيس الوزراء، قبل اجتماع المجلس في العاصمة، الجمعة.";
        Quote x = byCue(quotes(t), "وفقا لما ذكره").orElseThrow(() -> new AssertionError(quotes(t).toString()));
        assertEquals("أعلن الاتحاد استدعاء سفيره للتشاور", x.content().in(t), x::toString);
    }
    @Test
    void aBodyIsNotLinkedToThePersonWhoHeadsIt() {
        String t = "وقال مدير المرصد سامر الحداد إن القصف استمر. وأضاف المرصد أن عشرة مدنيين قتلوا.";
        Quote x = byCue(quotesWithEntities(t), "أضاف").orElseThrow(() -> new AssertionError(quotesWithEntities(t).toString()));
        assertNull(x.speaker().canonical(), x::toString);
        String m = "وأعلن نائب الرئيس كمال الدباغ الخطة. وقال الرئيس إن التنفيذ يبدأ غدا.";
        Quote y = byCue(quotesWithEntities(m), "قال").orElseThrow(() -> new AssertionError(quotesWithEntities(m).toString()));
        assertNull(y.speaker().canonical(), "the vice-president is not the president: " + y);
    }

    @Test
    void theWritersOwnAatakidIsNoStatementOfTheLastSpeaker() {
        String t = "وقال الرئيس إن العلاقات متينة. وأعتقد أن الدول الإقليمية فهمت الرسالة.";
        assertTrue(byCue(quotes(t), "أعتقد").isEmpty(), quotes(t)::toString);
        says("وأعتبر الوزير أن القرار صائب.", "أعتبر", "الوزير", "القرار صائب");
    }
    @Test
    void aFeminineParticipleAgreeingWithTheWordBeforeIsAnAdjective() {
        String t = "وتقوم الشابة بزيارتها الأولى وسط تدابير أمنية مشددة منذ أن أصيبت برصاصة.";
        assertTrue(byCue(quotes(t), "مشددة").isEmpty(), quotes(t)::toString);
        String u = "وزار الأمير المصابين داعياً الله أن يمن عليهم بالشفاء.";
        assertTrue(byCue(quotes(u), "داعياً").isPresent(), "a masculine circumstantial stays: " + quotes(u));
    }

    @Test
    void asFarAsPossibleIsNoEstimate() {
        String t = "ويجب علاج المرضى مبكرا قدر الإمكان لتفادي المضاعفات المستقبلية.";
        assertTrue(byCue(quotes(t), "قدر").isEmpty(), quotes(t)::toString);
    }
    @Test
    void aParticipleWithItsComplementizerEndsTheStatementBeforeItWithoutAComma() {
        says("وقال الوزير إن الخطة جاهزة مؤكدا أن التنفيذ قريب.", "قال", "الوزير", "الخطة جاهزة");
        says("وأوضح المدير أن العمل مستمر مشيرا إلى أن النتائج مشجعة.", "أوضح", "المدير", "العمل مستمر");
        says("وأوضح المدير أن العمل مستمر مشيرا إلى أن النتائج مشجعة.", "مشيرا", "المدير", "النتائج مشجعة");
    }
    @Test
    void thePersonInterviewedSpeaksInTheInterview() {
        says("وأشادت الصحيفة بالصفقة. وأجرت الصحيفة حوارا مع اللاعب قال فيه: \"أنا سعيد بالانتقال\".", "قال", "اللاعب",
                "أنا سعيد بالانتقال");
    }
}

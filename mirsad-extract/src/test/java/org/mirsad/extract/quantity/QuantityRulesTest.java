package org.mirsad.extract.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.core.model.Layer;
import org.mirsad.core.model.Qualifier;
import org.mirsad.core.model.Quantity;
import org.mirsad.extract.Analyzed;

/** One sentence per quantity rule (sentences written for this test). */
class QuantityRulesTest {

    private static List<Quantity> quantities(String text) {
        return Analyzed.of(text, java.time.LocalDate.of(2024, 3, 12)).get(Layer.QUANTITIES);
    }

    private static Quantity only(String text) {
        List<Quantity> qs = quantities(text);
        assertEquals(1, qs.size(), () -> "expected one quantity in '" + text + "', got "
                + qs.stream().map(Quantity::text).collect(Collectors.toList()));
        return qs.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WESTERN_DIGITS      | وصل إلى الميناء 250 زائرا أمس                    | 250              | 250
            ARABIC_INDIC        | وصل إلى الميناء ٢٥٠ زائرا                         | ٢٥٠              | 250
            DECIMAL_POINT       | بلغ النمو 3.4 نقطة                                | 3.4              | 3.4
            ARABIC_DECIMAL      | بلغ النمو ٣٫٤ نقطة                                | ٣٫٤              | 3.4
            THOUSANDS_SEPARATOR | سجلت اللجنة 12,480 طلبا جديدا                     | 12,480           | 12480
            DOTTED_THOUSANDS    | تداول المستثمرون 462.147 سهما أمس         | 462.147          | 462147
            DOTS_AND_DECIMAL    | بلغت القيمة 874.347.21 دولارا              | 874.347.21 دولارا | 874347.21
            WORD_UNIT           | أصيب سبعة عمال في الحادث                          | سبعة             | 7
            WORD_COMPOSED       | شارك خمسة وعشرون متطوعا في الحملة                 | خمسة وعشرون      | 25
            WORD_TEEN           | استمر الإضراب أحد عشر شهرا                        | أحد عشر          | 11
            WORD_HUNDRED        | استقبل المستشفى مائة مريض                         | مائة             | 100
            WORD_HUNDRED_JOINED | نُقل ثلاثمئة وخمسون طالبا إلى المدرسة الجديدة     | ثلاثمئة وخمسون   | 350
            WORD_THOUSANDS      | فر ثلاثة آلاف مدني من القرية                      | ثلاثة آلاف       | 3000
            WORD_DUAL_THOUSAND  | تبرعت الجمعية بألفين بطانية                       | ألفين            | 2000
            FRACTION_OF_MULT    | نزح نصف مليون شخص عن ديارهم               | نصف مليون        | 500000
            WORDS_THEN_DIGITS   | يسكن الإقليم مليون و200 ألف نسمة           | مليون و200 ألف   | 1200000
            CONSTRUCT_DUAL      | بلغت الخسائر مليوني دولار                 | مليوني دولار     | 2000000
            WORD_MILLION_AND    | يسكن المدينة مليون ومئتا ألف نسمة                 | مليون ومئتا ألف  | 1200000
            MULT_DIGITS         | فر 15 ألف مدني من القرية                          | 15 ألف           | 15000
            MULT_DECIMAL        | يسكن الإقليم 3.4 مليون نسمة                       | 3.4 مليون        | 3400000
            MULT_HALF           | كلف المشروع مليونا ونصف المليون                   | مليونا ونصف المليون | 1500000
            FRACTION_HALF       | غادر نصف الموظفين مكاتبهم                         | نصف              | 0.5
            FRACTION_QUARTER    | أتلفت النيران ربع المحصول                         | ربع              | 0.25
            FRACTION_THIRD      | صوّت ثلث الأعضاء ضد القرار                        | ثلث              | 0.333333
            DEFINITE_CARDINAL   | اجتمع قادة الأحزاب الخمسة في العاصمة              | الخمسة           | 5
            FRACTION_POSSESSIVE | وصلت الشحنة وتلف ربعها في الطريق                  | ربعها            | 0.25
            TWO_THIRDS_POSSESS  | تملك الدولة ثلثيها والباقي للمستثمرين             | ثلثيها           | 0.666667
            PROCLITIC_WORD      | وقّع العقد لخمسة مواسم                            | خمسة             | 5
            """)
    void numbers(String rule, String sentence, String text, double value) {
        Quantity q = only(sentence);
        assertEquals(text, q.text(), rule);
        assertEquals(value, q.value(), 1e-5 * Math.max(1, value), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PERCENT_SIGN        | ارتفعت الأسعار 7%                          | 7%                 | 7     | %
            PERCENT_ARABIC_SIGN | ارتفعت الأسعار ٧٪                          | ٧٪                 | 7     | %
            PERCENT_WORDS       | ارتفعت الأسعار 7 في المائة                 | 7 في المائة        | 7     | %
            PERCENT_WORDS_MIAH  | ارتفعت الأسعار 7 في المئة                  | 7 في المئة         | 7     | %
            PERCENT_BIL         | ارتفعت الأسعار 7 بالمئة                    | 7 بالمئة           | 7     | %
            USD                 | بلغت الكلفة 40 مليون دولار                 | 40 مليون دولار     | 40000000 | USD
            USD_ACCUSATIVE      | دفع 90 دولارًا ثمنا للتذكرة                 | 90 دولارًا          | 90    | USD
            EUR                 | تلقى منحة قدرها 500 يورو                   | 500 يورو           | 500   | EUR
            EGP_DEFAULT         | غرّمته المحكمة 5 آلاف جنيه                 | 5 آلاف جنيه        | 5000  | EGP
            GBP_NISBA           | باع اللوحة بـ 80 ألف جنيه إسترليني         | 80 ألف جنيه إسترليني | 80000 | GBP
            SAR_DEFAULT         | يبلغ الراتب 9 آلاف ريال                    | 9 آلاف ريال        | 9000  | SAR
            QAR_NISBA           | يبلغ الراتب 9 آلاف ريال قطري               | 9 آلاف ريال قطري   | 9000  | QAR
            JOD_NISBA           | خصصت البلدية 200 ألف دينار أردني           | 200 ألف دينار أردني | 200000 | JOD
            TONS                | صادرت الجمارك 4 أطنان من السكر             | 4 أطنان            | 4     | t
            KM                  | يمتد الخط 35 كيلومترا                      | 35 كيلومترا        | 35    | km
            MEGAWATT            | تنتج المحطة 600 ميغاواط                    | 600 ميغاواط        | 600   | MW
            BARRELS             | صدّرت البلاد 700 ألف برميل                 | 700 ألف برميل      | 700000 | bbl
            CUBIC_METRES        | تخزن السدود 12 مليون متر مكعب              | 12 مليون متر مكعب  | 12000000 | m3
            CELSIUS             | بلغت الحرارة 46 درجة مئوية                 | 46 درجة مئوية      | 46    | °C
            TEMPERATURE_DEGREES | سجلت درجات الحرارة 44 درجة في الجنوب       | 44 درجة            | 44    | °C
            RICHTER             | ضربت هزة بقوة 4.7 درجات على مقياس ريختر     | 4.7 درجات          | 4.7   | Richter
            KM_TWO_WORDS        | يبعد الشاطئ 10 كيلو مترات عن المدينة         | 10 كيلو مترات      | 10    | km
            STERLING_ALONE      | بلغت قيمة المدافع 9 ملايين استرليني         | 9 ملايين استرليني  | 9000000 | GBP
            RA_DECIMAL_MILLIONS | بلغت مبيعات التذاكر 7ر12 مليون دولار        | 7ر12 مليون دولار   | 12700000 | USD
            RA_DECIMAL_PERCENT  | تراجع المؤشر بنسبة 35ر2% في ختام التداول    | 35ر2%              | 2.35  | %
            """)
    void units(String rule, String sentence, String text, double value, String unit) {
        Quantity q = only(sentence);
        assertEquals(text, q.text(), rule);
        assertEquals(value, q.value(), 1e-6 * value, rule);
        assertEquals(unit, q.unit(), rule);
    }

    @Test
    void countryOfTheArticleDecidesASharedCurrencyName() {
        Quantity q = only("أعلنت وزارة المالية في الرباط تخصيص 40 مليون درهم لدعم الفلاحين المغاربة");
        assertEquals("MAD", q.unit());
        Quantity t = only("قالت بلدية سوسة في تونس إن الأشغال تكلف 3 ملايين دينار");
        assertEquals("TND", t.unit());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            APPROX_QURABA       | عاد قرابة 300 نازح إلى بيوتهم        | قرابة 300         | APPROX
            APPROX_NAHW         | سافر نحو 80 حاجا                      | نحو 80            | APPROX
            APPROX_HAWALI       | حضر حوالي 900 مدعو                    | حوالي 900         | APPROX
            APPROX_ZUHAA        | اعتُقل زهاء 60 محتجا                   | زهاء 60           | APPROX
            APPROX_MA_YUQARIB   | فقد ما يقارب 20 صيادا                  | ما يقارب 20       | APPROX
            APPROX_AFTER        | حضر 300 ضيف تقريبا                    | 300 ضيف تقريبا    | APPROX
            MORE_THAN           | شارك أكثر من 40 فريقا                 | أكثر من 40        | MORE_THAN
            MORE_THAN_YAZID     | وزعت ما يزيد على 70 ألف وجبة          | ما يزيد على 70 ألف | MORE_THAN
            MORE_THAN_AT_LEAST  | قتل 12 مدنيا على الأقل                 | 12 مدنيا على الأقل | MORE_THAN
            LESS_THAN           | أنفقت أقل من 5 ملايين دولار            | أقل من 5 ملايين دولار | LESS_THAN
            LESS_THAN_NOT_EXCEED | نسبة لا تتجاوز 15%                    | لا تتجاوز 15%     | LESS_THAN
            HEDGE_WITH_PROCLITIC | ارتفع الإنتاج بنحو 9%                 | نحو 9%            | APPROX
            """)
    void hedges(String rule, String sentence, String text, Qualifier qualifier) {
        Quantity q = only(sentence);
        assertEquals(text, q.text(), rule);
        assertEquals(qualifier, q.qualifier(), rule);
    }

    @Test
    void vagueCountsHaveNoValue() {
        Quantity q = only("خرج عشرات الآلاف إلى الشوارع");
        assertEquals("عشرات الآلاف", q.text());
        assertNull(q.value());
        Quantity h = only("وصلت مئات الشاحنات إلى المعبر");
        assertNull(h.value());
        assertEquals("الشاحنات", h.counted());
        assertNull(only("فقد آلاف العمال وظائفهم").value());
        Quantity money = only("أنفقت الحكومة عشرات مليارات الدولارات");
        assertEquals("عشرات مليارات الدولارات", money.text(), "the currency after a vague count is its unit");
        assertEquals("USD", money.unit());
        assertNull(money.value());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            BETWEEN             | يتراوح العجز بين 4 و6 في المئة           | بين 4 و6 في المئة      | 4    | 6
            MA_BETWEEN_MULT     | فرّ ما بين 5 و7 آلاف شخص                 | ما بين 5 و7 آلاف       | 5000 | 7000
            DASH                | تدوم الرحلة 10-15 يوما                    | 10-15                  | 10   | 15
            FROM_TO             | يتسع المخيم من 200 إلى 400 أسرة           | من 200 إلى 400         | 200  | 400
            BETWEEN_DASH        | تتراوح الكلفة ما بين 600-700 مليون دولار  | ما بين 600-700 مليون دولار | 600000000 | 700000000
            WORDS               | يقدر السكان بين مليونين وثلاثة ملايين      | بين مليونين وثلاثة ملايين | 2000000 | 3000000
            """)
    void ranges(String rule, String sentence, String text, double low, double high) {
        Quantity q = only(sentence);
        assertEquals(text, q.text(), rule);
        assertNull(q.value(), rule);
        assertNotNull(q.range(), rule);
        assertEquals(low, q.range().low(), 1e-9, rule);
        assertEquals(high, q.range().high(), 1e-9, rule);
    }

    @Test
    void aDottedNumberWithoutAClockWordIsStillADecimal() {
        assertEquals(9.3, only("ارتفع مؤشر البورصة 9.30 نقطة").value());
        assertEquals("جندي", only("وصل 1200 جندي بقيادة ضابط كبير").counted());
    }

    @Test
    void squareAndCubicMetresWrittenAsSymbolsAreUnits() {
        Quantity q = only("تبلغ مساحة القاعة 4200م2 تقريبا");
        assertEquals("m2", q.unit(), q::toString);
        assertEquals(4200.0, q.value());
        assertEquals("m2", only("أقيم المعرض على مساحة 90 ألف م2").unit());
        assertEquals("km2", only("تمتد المحمية على 35 كم2").unit());
        assertEquals("m3", only("يتسع الخزان لـ 800 م³ من الماء").unit());
    }

    @Test
    void kilogramsWrittenAsTwoWordsAndMilesAreUnits() {
        assertEquals("kg", only("يستهلك الفرد 12.5 كيلو جرام من السمك سنويا").unit());
        assertEquals("kg", only("باع المزارع 300 كيلو غراما من التمر").unit());
        Quantity q = only("غرق القارب على بعد 12 ميلا من الشاطئ");
        assertEquals("mi", q.unit(), q::toString);
        assertNull(q.counted());
        assertEquals("nmi", only("رصدت السفينة على مسافة 40 ميلا بحريا").unit());
        assertEquals("cm", only("يبلغ طول النبتة 45 سنتيمترا").unit());
    }

    @Test
    void aBareNumberBeforeOrTakesTheUnitOfTheOtherAlternative() {
        List<Quantity> q = quantities("يتوقع أن يرتفع التضخم 4 أو 5 في المائة هذا العام");
        assertEquals(2, q.size(), q::toString);
        assertEquals("%", q.get(0).unit(), q::toString);
        assertEquals("أسابيع", quantities("يستمر العلاج ستة أو سبعة أسابيع").get(0).counted());
        assertNull(quantities("فاز الفريق 3 مقابل 1 في المباراة").get(0).unit());
    }

    @Test
    void tenAfterADefiniteCardinalNamesARound() {
        assertTrue(quantities("تأهل الفريق إلى دور الستة عشر من البطولة").isEmpty(), () -> quantities("تأهل الفريق إلى دور الستة عشر").toString());
        assertEquals(16.0, only("سجل المهاجم ستة عشر هدفا").value());
    }

    @Test
    void countedIsTheNounAfterOrTheNounBeforeADefiniteCardinal() {
        assertEquals("سفينة", only("رست 14 سفينة في الميناء").counted());
        assertEquals("المدن", only("زار الوفد المدن الثلاث").counted());
        assertNull(only("ارتفعت الأسعار 7%").counted());
        assertNull(only("خصصت الوزارة 13 مليونا للإسكان").counted());
        assertNull(only("عبر 900 ألف عبر المنفذ الشمالي").counted());
        assertNull(only("يعيش 40 ألف داخل المخيم").counted());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "فاز الفريق 3-1 على ضيفه",
            "انتهت المباراة بنتيجة 2-2",
            "تقدم الفريق بثلاثة أهداف مقابل هدف",
            "ولد الشاعر عام 1950 في القرية",
            "تأسست الجمعية في 1998",
            "يبدأ العرض الساعة 8:30 مساء",
            "وقّع الاتفاق في 12/5/2021",
            "للاستفسار اتصلوا على الرقم 0791234567",
            "يتصدر الفريق الترتيب في المركز 3",
            "نصت المادة 41 من الدستور على ذلك",
            "سجل الهدف في الدقيقة 77",
            "احتفل بعيد ميلاده الحادي والعشرين",
            "أنهى الفصل السابع عشر من روايته",
            "أطلق صاروخ بدر-1 على الهدف",
            "فاز الفريق 4-صفر في مباراة الذهاب",
            "سجل المهاجم هدفا رأسيا (67) ثم أضاف آخر",
            "احتُسب الهدف في الدقيقة 90+2",
            "1. تقديم الطلب قبل نهاية الشهر",
            "تقع مدينة الخمس على الساحل",
            "تُوّج باللقب للمرة 12 في تاريخه",
            "نقلت قناة فرانس24 الخبر عن مصادرها",
            "حلقت طائرات إف 16 فوق المدينة",
            "تحل الذكرى بعد ثلاثة أيام",
            "يفتتح المعرض الساعة 10.30 صباحا",
            "انطلق القطار عند 06.15 بتوقيت غرينتش",
            "تراجعت الأسعار بحلول الساعة 0915 بتوقيت غرينتش",
            "يبدأ الدوام عند الساعة 7 من كل يوم",
            "عاد إلى الملاعب في موسم 2015 برفقة مدربه السابق",
            "غاب عن دورة 2022 بسبب الإصابة",
            "",
            "   \n ",
            "The ministry said 40 people attended on Monday."})
    void notCounts(String sentence) {
        List<Quantity> qs = quantities(sentence).stream()
                .filter(q -> !(sentence.startsWith("The") && q.text().equals("40"))).toList();
        assertTrue(qs.isEmpty(), () -> sentence + " -> " + qs.stream().map(Quantity::text).toList());
    }

    @Test
    void numbersInTheNamesOfClubsChannelsAndProductsAreNoQuantities() {
        String text = "وتعادل نادي وست هام مع ضيفه، وقال المحلل جيمس ستون إن الشركة باعت 3 ملايين جهاز.";
        org.mirsad.core.model.Document d = org.mirsad.core.pipeline.Pipeline.of(List.of(new org.mirsad.arabic.TextLayerStage(),
                new org.mirsad.extract.ner.NerStage(), new org.mirsad.extract.date.DateStage(), new QuantityStage()))
                .run(org.mirsad.core.model.Document.of(new org.mirsad.core.model.Metadata("t", "t", null, null, null, null, null, "ar"),
                        text, null));
        List<Quantity> qs = d.get(Layer.QUANTITIES);
        assertEquals(List.of("3 ملايين"), qs.stream().map(Quantity::text).collect(Collectors.toList()), d.get(Layer.ENTITIES)::toString);
    }

    @Test
    void aPostOfficeBoxAndAPostalCodeAreAddressesNotCounts() {
        assertTrue(quantities("وترسل الطلبات إلى ص.ب 51123 الدمام أو صندوق بريد 7720 والرمز البريدي 31411.").isEmpty());
        assertEquals(1, quantities("وصل 40 متطوعا إلى المخيم.").size());
    }
    @Test
    void theNumberOfAModelNamedByLettersIsNoQuantity() {
        assertEquals("24", only("واشترت البلاد 24 مقاتلة إف-16 جديدة.").text());
        assertTrue(quantities("ونظام الصواريخ إس -300 سيحسن قدرات الدفاع الجوي.").isEmpty());
        assertTrue(quantities("وتملك الشركة طائرات إيرباص إيه 320 حديثة.").isEmpty());
    }
}

package org.mirsad.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mirsad.core.model.DateMention;
import org.mirsad.core.model.Layer;
import org.mirsad.extract.Analyzed;

/**
 * One sentence per date rule (sentences written for this test), resolved against a publication date
 * of Tuesday 12 March 2024 (ISO week 11).
 */
class DateRulesTest {

    private static final LocalDate PUB = LocalDate.of(2024, 3, 12);

    private static List<DateMention> dates(String text, LocalDate pub) {
        return Analyzed.of(text, pub).get(Layer.DATES);
    }

    private static DateMention only(String text) {
        List<DateMention> ds = dates(text, PUB);
        assertEquals(1, ds.size(), () -> "expected one date in '" + text + "', got "
                + ds.stream().map(DateMention::text).toList());
        return ds.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            YESTERDAY             | وصل الوفد أمس إلى العاصمة                  | أمس                     | 2024-03-11
            YESTERDAY_WEEKDAY     | وصل الوفد أمس الاثنين إلى العاصمة          | أمس الاثنين              | 2024-03-11
            TODAY_WEEKDAY         | يصل الوفد اليوم الثلاثاء                   | اليوم الثلاثاء           | 2024-03-12
            YESTERDAY_WEEKDAY_OFF | وصل الوفد أمس الأحد إلى العاصمة            | أمس الأحد                | 2024-03-10
            TODAY_WEEKDAY_OFF     | يصل الوفد اليوم الأربعاء                   | اليوم الأربعاء           | 2024-03-13
            TOMORROW              | يصل الوفد غدًا إلى العاصمة                  | غدًا                     | 2024-03-13
            DAY_AFTER_TOMORROW    | تبدأ الجلسات بعد غد                        | بعد غد                   | 2024-03-14
            BEFORE_YESTERDAY      | انتهت الجولة أول أمس                       | أول أمس                  | 2024-03-10
            PART_OF_DAY           | اندلع الحريق مساء أمس                      | مساء أمس                 | 2024-03-11
            PART_OF_DAY_WEEKDAY   | اندلع الحريق فجر الأحد                     | فجر الأحد                | 2024-03-10
            WEEKDAY_BARE          | أعلنت الشركة الجمعة نتائجها                | الجمعة                   | 2024-03-08
            WEEKDAY_PAST          | أعلنت الشركة الثلاثاء الماضي نتائجها        | الثلاثاء الماضي          | 2024-03-05
            WEEKDAY_NEXT          | تعلن الشركة نتائجها يوم الخميس المقبل       | يوم الخميس المقبل        | 2024-03-14
            WEEKDAY_FUTURE_VERB   | سيلتقي الوزيران الخميس في الدوحة            | الخميس                   | 2024-03-14
            DAY_MONTH_YEAR        | وقعت الهدنة في 3 مارس 2021                  | 3 مارس 2021              | 2021-03-03
            LEVANT_MONTH          | وقعت الهدنة في 3 آذار 2021                  | 3 آذار 2021              | 2021-03-03
            BOTH_MONTH_NAMES      | وقعت الهدنة في 3 آذار/مارس 2021             | 3 آذار/مارس 2021         | 2021-03-03
            TWO_WORD_MONTH        | سيبدأ الموسم في 20 تشرين الأول              | 20 تشرين الأول           | 2024-10-20
            MAGHREB_MONTH         | يبدأ الموسم في 20 جوان المقبل               | 20 جوان المقبل           | 2024-06-20
            DAY_MONTH_PAST        | صدر القرار في 20 ديسمبر الماضي              | 20 ديسمبر الماضي         | 2023-12-20
            ORDINAL_DAY           | يبدأ التسجيل في الخامس من أيار/مايو          | الخامس من أيار/مايو      | 2024-05-05
            ORDINAL_TEEN_DAY      | افتُتح المعرض في الحادي عشر من أيار 2023    | الحادي عشر من أيار 2023  | 2023-05-11
            ORDINAL_DAY_OF_MONTH  | تنعقد الجلسة في السابع والعشرين من شهر أيار 2023 | السابع والعشرين من شهر أيار 2023 | 2023-05-27
            DAY_OF_MONTH_WORD     | وصل الوفد في 9 من شهر نيسان 2022           | 9 من شهر نيسان 2022      | 2022-04-09
            TWO_WORD_MONTH_BARE   | انتهت المهلة في 3 كانون أول 2019            | 3 كانون أول 2019         | 2019-12-03
            DAY_MONTH_YEAR_WORD   | استقال الوزير في 31 ديسمبر عام 1999         | 31 ديسمبر عام 1999       | 1999-12-31
            DAY_MONTH_FROM_YEAR   | افتتح الجسر في 5 يونيو من عام 1970          | 5 يونيو من عام 1970      | 1970-06-05
            DAY_MONTH_LAST_YEAR   | وقع الهجوم في 12 مارس من العام الماضي       | 12 مارس من العام الماضي  | 2023-03-12
            EVENT_YEAR            | هاجر آلاف السكان بعد حرب 1948 مباشرة        | 1948                     | 1948
            DAY_OF_CURRENT_MONTH  | تسحب القرعة في 21 الشهر الحالي في القاهرة   | 21 الشهر الحالي          | 2024-03-21
            SINCE_HIJRI_MONTH     | شرعت اللجنة منذ شهر رجب الماضي في عملها     | رجب الماضي               | 2024-01-13/2024-02-10
            ELECTION_YEAR         | فاز الحزب في انتخابات 2014 بأغلبية كبيرة     | 2014                     | 2014
            FIRST_OF_MONTH        | ستبدأ الدراسة غرة أكتوبر                    | غرة أكتوبر               | 2024-10-01
            DAY_OF_THIS_MONTH     | تنعقد القمة في 25 من الشهر الجاري           | 25 من الشهر الجاري       | 2024-03-25
            MONTH_YEAR            | افتتح المتحف في حزيران/يونيو 2019           | حزيران/يونيو 2019        | 2019-06
            MONTH_PAST            | ارتفعت الأسعار في يناير الماضي              | يناير الماضي             | 2024-01
            MONTH_NEXT            | تنخفض الأسعار في مارس المقبل                | مارس المقبل              | 2025-03
            MONTH_YEAR_WORD       | افتتح المصنع في مارس عام 2015               | مارس عام 2015            | 2015-03
            MONTH_FROM_YEAR_WORD  | غادر المدرب في شهر يونيو من عام 2017        | يونيو من عام 2017        | 2017-06
            HIJRI_DATE            | تبدأ العطلة في 1 شوال 1445 هـ               | 1 شوال 1445 هـ           | 2024-04-10
            NUMERIC_YMD           | صدر القرار بتاريخ 2021/3/3                  | 2021/3/3                 | 2021-03-03
            NUMERIC_DMY           | صدر القرار بتاريخ 3-3-2021                  | 3-3-2021                 | 2021-03-03
            YEAR_WORD             | بُني الجسر عام 1985                          | عام 1985                 | 1985
            YEAR_BARE_AFTER_SINCE | تتراجع الصادرات منذ 2016                    | 2016                     | 2016
            WEEK_PAST             | وصلت الشحنة الأسبوع الماضي                  | الأسبوع الماضي           | 2024-W10
            WEEK_NEXT             | تصل الشحنة الأسبوع المقبل                   | الأسبوع المقبل           | 2024-W12
            MONTH_REL_PAST        | تراجعت المبيعات الشهر الماضي                | الشهر الماضي             | 2024-02
            YEAR_REL_PAST         | تراجعت المبيعات العام الماضي                | العام الماضي             | 2023
            THIS_YEAR             | تراجعت المبيعات هذا العام                   | هذا العام                | 2024
            CURRENT_YEAR          | تراجعت المبيعات خلال العام الجاري           | العام الجاري             | 2024
            EDGE_PERIOD           | تكتمل الأشغال نهاية الشهر المقبل            | نهاية الشهر المقبل       | 2024-04
            QUARTER               | نما الاقتصاد في الربع الثاني من 2023         | الربع الثاني من 2023     | 2023
            SINCE_DAYS            | بدأ الإضراب منذ ثلاثة أيام                  | منذ ثلاثة أيام           | 2024-03-09
            BEFORE_DUAL           | انتهت الانتخابات قبل يومين                  | قبل يومين                | 2024-03-10
            BEFORE_YEARS          | غادر البلاد قبل 5 سنوات                     | قبل 5 سنوات              | 2019
            AFTER_WEEKS           | تُستأنف المحادثات بعد أسبوعين               | بعد أسبوعين              | 2024-W13
            DAY_OF_CURRENT_MONTH  | تُعقد الجولة المقبلة في 17 الجاري            | 17 الجاري                | 2024-03-17
            NUMERIC_HIJRI         | فُتح باب التسجيل في 26 / 10 / 1436هـ          | 26 / 10 / 1436هـ         | 2015-08-11
            WEEKDAY_NUMERIC       | تبدأ المقابلات يوم الأحد 2024/3/17           | يوم الأحد 2024/3/17      | 2024-03-17
            HIJRI_YEAR            | ناقش المجلس خطة موسم الحج لعام 1445هـ       | عام 1445هـ               | 2023-07-19/2024-07-06
            HIJRI_MONTH_NEAREST   | يكثر الزحام في الأسواق خلال رمضان            | رمضان                    | 2024-03-11/2024-04-09
            HIJRI_MONTH_NEXT      | تعود الرحلات في ذي الحجة المقبل              | ذي الحجة المقبل          | 2024-06-07/2024-07-06
            HIJRI_MONTH_PAST      | ارتفعت الأسعار في شعبان الماضي               | شعبان الماضي             | 2024-02-11/2024-03-10
            HIJRI_MONTH_YEAR      | افتُتح الجسر في شعبان 1440 هـ                 | شعبان 1440 هـ            | 2019-04-06/2019-05-05
            NUMERIC_SPACED        | وُقّعت الوثيقة بتاريخ ( 4 / 6 / 1948 )      | 4 / 6 / 1948             | 1948-06-04
            PLURAL_PERIOD         | تراجعت الصادرات في السنوات الأخيرة          | السنوات الأخيرة          | NULL
            FISCAL_YEAR           | أُقرت ميزانية السنة المالية 2024/2025        | 2024/2025                | 2024/2025
            SEASON_DASH           | توج الفريق بلقب موسم 2016-2017               | 2016-2017                | 2016/2017
            YEAR_SPAN             | عاش في المنفى بين عامي 1980 و1995           | بين عامي 1980 و1995      | 1980/1995
            TWO_WEEKS_PAST        | سجلت 40 حالة خلال الأسبوعين الماضيين         | الأسبوعين الماضيين       | NULL
            MONTH_OF_LAST_YEAR    | افتتح الجسر في أيلول من العام الماضي        | أيلول من العام الماضي    | 2023-09
            MONTH_OF_NEXT_YEAR    | يكتمل المشروع في شباط من العام المقبل        | شباط من العام المقبل     | 2025-02
            AMBIGUOUS_MONTH_EDGE  | يبدأ الحصاد منتصف تموز                     | منتصف تموز               | 2024-07
            AMBIGUOUS_MONTH_FI    | تراجعت الأمطار في نيسان بشكل لافت            | نيسان                    | 2024-04
            WEEKDAY_SCHEDULED_FEM | أُجلت المباراة المقررة يوم السبت             | يوم السبت                | 2024-03-16
            WEEKDAY_FUTURE_FAR    | ستبقى الطرق مغلقة حتى مساء الجمعة          | مساء الجمعة              | 2024-03-15
            """)
    void dates(String rule, String sentence, String text, String value) {
        DateMention d = only(sentence);
        assertEquals(text, d.text(), rule);
        assertEquals(value, d.value(), rule);
    }

    @Test
    void bareNumberWithAPartOfDayIsAnHour() {
        List<DateMention> ds = dates("يُمنع العمل في الورش من الساعة 10 صباحًا حتى 3 عصرًا", PUB);
        assertEquals(List.of("الساعة 10 صباحًا", "3 عصرًا"), ds.stream().map(DateMention::text).toList());
    }

    @Test
    void countAfterAComparativeIsNoYear() {
        assertTrue(dates("أضرب أكثر من 1900 عامل عن العمل", PUB).isEmpty());
    }

    @Test
    void bareNumberWithoutAPartOfDayIsNoHour() {
        assertTrue(dates("اشترى 3 كتب", PUB).isEmpty());
    }

    @Test
    void clockTimeTakesTheDayOfItsClause() {
        List<DateMention> ds = dates("تنطلق المباراة مساء غد الأربعاء في الساعة الثامنة مساءً", PUB);
        assertEquals("الساعة الثامنة مساءً", ds.get(1).text());
        assertEquals("2024-03-13T20:00", ds.get(1).value());
    }

    @Test
    void clockTimeWithItsOwnDay() {
        DateMention d = only("يُستأنف البث الساعة السابعة من صباح الغد");
        assertEquals("2024-03-13T07:00", d.value());
    }

    @Test
    void clockTimeWithoutADayHasNoValue() {
        List<DateMention> ds = dates("تفتح المكاتب يوميا من الساعة 8:30 إلى الساعة الثالثة عصرا", PUB);
        assertEquals(List.of("الساعة 8:30", "الساعة الثالثة عصرا"), ds.stream().map(DateMention::text).toList());
        assertTrue(ds.stream().allMatch(d -> d.value() == null));
    }

    @Test
    void clockTimeWrittenWithADotNeedsAnHourWordAPartOfDayOrATimeZone() {
        assertEquals(List.of("الساعة 6.45"), dates("وصلت الطائرة الساعة 6.45 إلى المطار", PUB).stream().map(DateMention::text).toList());
        assertEquals(List.of("9.30 مساء"), dates("يبدأ الحفل 9.30 مساء في المسرح", PUB).stream().map(DateMention::text).toList());
        assertEquals(List.of("13.05"), dates("هبطت الطائرة 13.05 بتوقيت غرينتش", PUB).stream().map(DateMention::text).toList());
        assertTrue(dates("ارتفع المؤشر 9.30 نقطة", PUB).isEmpty());
        assertTrue(dates("وصلت الطائرة الساعة 6.75 إلى المطار", PUB).stream().noneMatch(d -> d.text().contains("6.75")));
    }

    @Test
    void previousMonthIsRelativeToTheLastMonthMentioned() {
        List<DateMention> ds = dates("بلغ الاحتياطي ذروته في أكتوبر 2023، بزيادة 4% عن الشهر السابق", PUB);
        assertEquals("2023-09", ds.get(1).value());
    }

    @Test
    void nextDayIsRelativeToTheLastDay() {
        List<DateMention> ds = dates("تبدأ الأشغال ليلة 20 آذار وتنتهي ظهر اليوم التالي", PUB);
        assertEquals("2024-03-20", ds.get(0).value());
        assertEquals("2024-03-21", ds.get(1).value());
    }

    @Test
    void withoutPublicationDateRelativeExpressionsHaveNoValue() {
        List<DateMention> ds = dates("وصل الوفد أمس، وكانت الزيارة مقررة منذ عام 2019", null);
        assertEquals("أمس", ds.get(0).text());
        assertEquals(null, ds.get(0).value());
        assertEquals("2019", ds.get(1).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "عمل طوال اليوم دون توقف",
            "احتفل العالم باليوم العالمي للمياه",
            "التقى بأحد المسؤولين في الوزارة",
            "وقف الأب إلى جانب ابنه",
            "ارتفعت الحرارة صباحا",
            "منذ سنوات والأزمة تتفاقم",
            "وصل بعد أربعة أيام من المفاوضات",
            "تفاقم الخلاف بين الاثنين حول الخطة",
            "أمضى الساعات الأولى بعد ظهر يوم طويل في العمل",
            "لا أعرف إذار كان سيحضر",
            "تُصرف المكافآت مع نهاية السنة المالية",
            "قال المدير لصحيفة «اليوم» إن المشروع تأخر",
            "",
            "  \n",
            "The meeting was held on Monday, 3 March 2021."})
    void notDates(String sentence) {
        List<DateMention> ds = dates(sentence, PUB);
        assertTrue(ds.isEmpty(), () -> sentence + " -> " + ds.stream().map(DateMention::text).toList());
    }

    @Test
    void theMonthAfterShahrIsNoDurationOfOneMonth() {
        List<DateMention> ds = dates("وارتفع عدد الحالات منذ شهر أيلول الماضي إلى مئة حالة، وكان قد غادر قبل شهر.", PUB);
        assertEquals(List.of("أيلول الماضي", "قبل شهر"), ds.stream().map(DateMention::text).toList(), ds::toString);
    }

    @Test
    void aDayWordInsideAPersonsNameIsNoDate() {
        String text = "وقال المدرب إن المهاجم فهد الخميس سيعود للتدريبات الأحد.";
        org.mirsad.core.model.Document d = org.mirsad.core.pipeline.Pipeline.of(List.of(new org.mirsad.arabic.TextLayerStage(),
                new org.mirsad.extract.ner.NerStage(), new DateStage())).run(org.mirsad.core.model.Document.of(
                        new org.mirsad.core.model.Metadata("t", "t", null, null, null, null, PUB, "ar"), text, null));
        List<DateMention> ds = d.get(Layer.DATES);
        assertEquals(List.of("الأحد"), ds.stream().map(DateMention::text).toList(), () -> ds + " " + d.get(Layer.ENTITIES));
    }

    @Test
    void theWeekdayTheArticleNamesForTodayAnchorsItsOtherRelativeDates() {
        // published on a Wednesday by the container, but the article says today is Tuesday
        LocalDate fetched = LocalDate.of(2024, 3, 13);
        List<DateMention> ds = dates("قال الوزير اليوم الثلاثاء إن الوفد وصل أمس وسيغادر غدا", fetched);
        assertEquals(List.of("2024-03-12", "2024-03-11", "2024-03-13"), ds.stream().map(DateMention::value).toList());
        // a part of the day before yesterday's weekday is evidence too
        List<DateMention> evening = dates("وقع الحادث مساء أمس الاثنين، ويعود الوفد غدا", fetched);
        assertEquals(List.of("2024-03-11", "2024-03-13"), evening.stream().map(DateMention::value).toList());
        // days that disagree leave the date given
        List<DateMention> mixed = dates("قال الوزير اليوم الثلاثاء إن الوفد وصل أمس، ثم قال اليوم الخميس إنه غادر", fetched);
        assertEquals("2024-03-12", mixed.get(1).value());
    }
}

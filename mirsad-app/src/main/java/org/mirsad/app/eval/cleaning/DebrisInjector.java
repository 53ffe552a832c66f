package org.mirsad.app.eval.cleaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a scraped-looking raw article from a clean one by adding debris of every
 * {@link DebrisKind} around and between its paragraphs, from seeded templates written for this
 * evaluation. Each injected line is remembered with its kind, so removal can be scored per kind.
 */
public final class DebrisInjector {

    /** A raw article and what was put into it. */
    public record Injected(String raw, String title, List<String> body, List<Line> debris) {
    }

    /** One injected debris line. */
    public record Line(DebrisKind kind, String text) {
    }

    private static final String[] OUTLET_WORDS = {"الأفق", "المرصد", "الضفة", "الشروق", "النهار الجديد", "صوت المدينة",
        "البوابة", "الميدان", "الساحل", "الرأي الحر", "الحدث اليوم", "المنارة"};
    private static final String[] OUTLET_TYPES = {"صحيفة", "موقع", "جريدة", "بوابة", "شبكة", ""};
    private static final String[] SECTIONS = {"الرئيسية", "أخبار", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "منوعات",
        "ثقافة", "تقارير", "آراء", "فيديو", "صحة", "تكنولوجيا"};
    private static final String[] GIVEN = {"سامر", "ريم", "خالد", "نور", "عماد", "هالة", "يوسف", "منى", "طارق", "لينا"};
    private static final String[] FAMILY = {"الخطيب", "النجار", "الحسيني", "العطار", "بن علي", "الزين", "المصري", "الشامي"};
    private static final String[] PLACES = {"بيروت", "القاهرة", "عمّان", "الرباط", "تونس", "الرياض", "بغداد", "الدوحة"};
    private static final String[] MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
        "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] SHARE = {"شارك الخبر: فيسبوك تويتر واتساب", "مشاركة: فيسبوك | تويتر | تلغرام | نسخ الرابط",
        "شارك عبر: واتساب فيسبوك إكس", "فيسبوك تويتر لينكدإن طباعة"};
    private static final String[] RELATED_HEAD = {"اقرأ أيضًا:", "اقرأ أيضا", "أخبار ذات صلة", "قد يهمك أيضًا:", "مواضيع متعلقة"};
    private static final String[] RELATED_LINES = {"ارتفاع أسعار الخضار في الأسواق مع بداية الموسم",
        "منتخب الشباب يستعد لبطولة الصيف بمعسكر خارجي", "افتتاح معرض للكتاب بمشاركة مئتي دار نشر",
        "توقعات بأمطار غزيرة على المناطق الساحلية نهاية الأسبوع", "وزارة التربية تعلن مواعيد الامتحانات النهائية"};
    private static final String[] CAPTIONS = {"جانب من الاجتماع الذي عقد في مقر الوزارة صباح اليوم",
        "صورة أرشيفية لمدخل المدينة القديمة من جهة البحر", "عمال يواصلون أعمال الصيانة في الموقع أمس",
        "المشاركون في الجلسة الافتتاحية للمؤتمر"};
    private static final String[] FOOTER = {"جميع الحقوق محفوظة © %s 2024", "التعليقات (0) أضف تعليقك",
        "الكلمات المفتاحية: %s، أخبار", "تابعونا على وسائل التواصل الاجتماعي"};

    private final Random random;
    /** Column to hard-wrap body paragraphs at, or 0 for one paragraph per line. */
    private final int wrap;

    /** An injector drawing from {@code seed}, one paragraph per line. */
    public DebrisInjector(long seed) {
        this(seed, 0);
    }

    /**
     * An injector drawing from {@code seed} that hard-wraps body paragraphs at {@code wrap} columns (0: no
     * wrapping); a wrapped article parts its blocks with blank lines or with single line breaks, by lot.
     */
    public DebrisInjector(long seed, int wrap) {
        if (wrap < 0 || wrap > 0 && wrap < 20) {
            throw new IllegalArgumentException("wrap must be 0 or at least 20 columns, not " + wrap);
        }
        this.random = new Random(seed);
        this.wrap = wrap;
    }

    /** The raw article built around {@code title} and {@code paragraphs}. */
    public Injected inject(String title, List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        List<Line> debris = new ArrayList<>();
        String outlet = (pick(OUTLET_TYPES) + " " + pick(OUTLET_WORDS)).strip();
        add(lines, debris, DebrisKind.MASTHEAD, outlet);
        if (random.nextBoolean()) {
            add(lines, debris, DebrisKind.MASTHEAD, "رئيس التحرير: " + name());
        }
        add(lines, debris, DebrisKind.NAV, nav());
        lines.add(title);
        if (random.nextBoolean()) {
            add(lines, debris, DebrisKind.BYLINE, pick(PLACES) + " - " + name());
        } else {
            add(lines, debris, DebrisKind.BYLINE, "كتب: " + name());
        }
        add(lines, debris, DebrisKind.STAMP, (1 + random.nextInt(28)) + " " + pick(MONTHS) + " 2024 - "
                + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)));
        if (random.nextBoolean()) {
            add(lines, debris, DebrisKind.SHARE, pick(SHARE));
        }
        int captionAt = paragraphs.size() > 1 ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
        int relatedAt = paragraphs.size() > 2 ? 1 + random.nextInt(paragraphs.size() - 1) : -1;
        int duplicateOf = paragraphs.size() > 1 ? random.nextInt(paragraphs.size()) : -1;
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i == captionAt) {
                String caption = pick(CAPTIONS);
                int cut = Math.max(8, caption.length() / 3);
                add(lines, debris, DebrisKind.CAPTION, caption.substring(0, Math.min(cut, caption.length())) + "...");
                add(lines, debris, DebrisKind.CAPTION, caption);
            }
            if (i == relatedAt) {
                add(lines, debris, DebrisKind.RELATED, pick(RELATED_HEAD));
                for (int k = 0; k < 2 + random.nextInt(2); k++) {
                    add(lines, debris, DebrisKind.RELATED, RELATED_LINES[(k + random.nextInt(RELATED_LINES.length)) % RELATED_LINES.length]);
                }
            }
            lines.add(wrapped(paragraphs.get(i)));
            if (i == duplicateOf) {
                lines.add(wrapped(paragraphs.get(i)));
                debris.add(new Line(DebrisKind.DUPLICATE, paragraphs.get(i)));
            }
        }
        add(lines, debris, DebrisKind.SHARE, pick(SHARE));
        add(lines, debris, DebrisKind.FOOTER, String.format(pick(FOOTER), outlet));
        if (random.nextBoolean()) {
            add(lines, debris, DebrisKind.NAV, nav());
        }
        String between = wrap > 0 && random.nextBoolean() ? "\n\n" : "\n";
        return new Injected(String.join(between, lines) + "\n", title, List.copyOf(paragraphs), List.copyOf(debris));
    }

    /** {@code paragraph} broken at spaces into lines of at most {@link #wrap} characters (a longer word stands alone). */
    private String wrapped(String paragraph) {
        if (wrap == 0) {
            return paragraph;
        }
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (lineLength > 0 && lineLength + 1 + word.length() > wrap) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    private void add(List<String> lines, List<Line> debris, DebrisKind kind, String text) {
        lines.add(text);
        debris.add(new Line(kind, text));
    }

    private String nav() {
        int n = 4 + random.nextInt(4);
        List<String> parts = new ArrayList<>();
        int start = random.nextInt(SECTIONS.length);
        for (int k = 0; k < n; k++) {
            parts.add(SECTIONS[(start + k) % SECTIONS.length]);
        }
        return String.join(random.nextBoolean() ? " | " : " • ", parts);
    }

    private String name() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}

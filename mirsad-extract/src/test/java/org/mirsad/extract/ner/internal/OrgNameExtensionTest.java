package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class OrgNameExtensionTest {

    private static final int O = 0;
    private static final int B = TaggerModel.labelOf("B-ORG");
    private static final int I = B + 1;

    private static int[] apply(String sentence, int... y) {
        OrgNameExtension.apply(TokenForms.of(sentence.split(" ")), y);
        return y;
    }

    @Test
    void aNameGoesOnThroughTheFieldItWorksInAndItsAdjectives() {
        assertArrayEquals(new int[] {O, B, I, I, I, O},
                apply("أعلنت شركة الواحة للصناعات الغذائية أمس", O, B, I, O, O, O));
        assertArrayEquals(new int[] {O, B, I, I, I, I, O},
                apply("قال المعهد الملكي البريطاني للدراسات الدولية إن", O, B, I, O, O, O, O));
    }

    @Test
    void aGovernmentBodysNameGoesOnThroughFieldsJoinedByWa() {
        assertArrayEquals(new int[] {O, B, I, I, O}, apply("أعلنت وزارة المياه والكهرباء أمس", O, B, I, O, O));
        assertArrayEquals(new int[] {O, B, I, I, I, O}, apply("وأحالت هيئة التحقيق والادعاء العام القضية", O, B, I, O, O, O),
                "a general adjective ends the name");
        assertArrayEquals(new int[] {O, O, B, I, I, I, O}, apply("زار وفد وزارة الشؤون البلدية والقروية المدينة", O, O, B, I, I, O, O),
                "an adjective joined to an adjective");
    }

    @Test
    void twoBodiesJoinedByWaStayApart() {
        assertArrayEquals(new int[] {O, B, O, O}, apply("فاز النصر والهلال أمس", O, B, O, O), "no institution head");
        assertArrayEquals(new int[] {O, B, I, I, O, O}, apply("قالت وزارة الدفاع الإسرائيلية والصناعات العسكرية", O, B, I, I, O, O),
                "after a nationality the next body begins");
    }

    @Test
    void anObjectOrAnAdjectiveAfterTheNameStaysOut() {
        assertArrayEquals(new int[] {O, B, I, O, O},
                apply("قدمت شركة الواحة للحكومة عرضا", O, B, I, O, O), "the government is the object, not a field");
        assertArrayEquals(new int[] {O, B, I, O, O},
                apply("قالت شركة الواحة الأردنية إن", O, B, I, O, O), "an adjective without a field stays out");
        assertArrayEquals(new int[] {O, B, O, O, O},
                apply("يستعد ليفربول للدفاع عن لقبه", O, B, O, O, O), "what a team does next is no field");
    }

    @Test
    void aGroupNamedAfterACountryIsOneOrganization() {
        int l = TaggerModel.labelOf("B-LOC");
        assertArrayEquals(new int[] {O, B, I, I, O},
                apply("واشتبكت قوات لبنان الشعبية مع", O, O, l, O, O));
        assertArrayEquals(new int[] {O, O, l, O},
                apply("وزار الوفد سوريا الشقيقة", O, O, l, O), "no head before the place");
    }
}

package org.mirsad.extract.ner.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ClubNameRuleTest {

    private static final int B_LOC = TaggerModel.labelOf("B-LOC");
    private static final int B_ORG = TaggerModel.labelOf("B-ORG");
    private static final int I_ORG = TaggerModel.labelOf("I-ORG");

    @Test
    void aClubWordBeforeAPlaceMakesOneClubName() {
        TokenForms[] t = TokenForms.of(new String[] {"فاز", "أتليتكو", "مدريد", "على", "ضيفه"});
        int[] y = {0, 0, B_LOC, 0, 0};
        ClubNameRule.apply(t, y);
        assertArrayEquals(new int[] {0, B_ORG, I_ORG, 0, 0}, y);
        TokenForms[] u = TokenForms.of(new String[] {"انتقل", "إلى", "اتحاد", "الشارقة"});
        int[] z = {0, 0, 0, B_LOC};
        ClubNameRule.apply(u, z);
        assertArrayEquals(new int[] {0, 0, B_ORG, I_ORG}, z);
    }

    @Test
    void withoutAPlaceAfterItOrWithTheArticleNothingChanges() {
        TokenForms[] t = TokenForms.of(new String[] {"دفع", "ألف", "ريال", "ثمنا"});
        int[] y = {0, 0, 0, 0};
        ClubNameRule.apply(t, y);
        assertArrayEquals(new int[] {0, 0, 0, 0}, y);
        TokenForms[] u = TokenForms.of(new String[] {"وقال", "الاتحاد", "الكويت"});
        int[] z = {0, 0, B_LOC};
        ClubNameRule.apply(u, z);
        assertArrayEquals(new int[] {0, 0, B_LOC}, z);
    }
}

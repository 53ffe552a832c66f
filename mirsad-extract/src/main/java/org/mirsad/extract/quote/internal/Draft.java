package org.mirsad.extract.quote.internal;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.Mention;

/** A quote under construction (mutable, confined to one parse). */
final class Draft {
    final Hit hit;
    final int sentence;
    /** Cue span, which for حسبما-phrases runs over the verb. */
    int cueStart;
    int cueEnd;
    /** Explicit speaker noun phrase: tokens [spkFirst, spkEnd) starting at offset spkOff; -1 when none. */
    int spkFirst = -1;
    int spkEnd = -1;
    int spkOff = -1;
    Mention speaker;
    boolean impersonal;
    /** Content offsets; cEnd is -1 while the content is open (runs to the next boundary). */
    int cStart = -1;
    int cEnd = -1;
    /** First token of forward content (nested cues from here on are separate statements). */
    int cTok = -1;
    boolean direct;
    /** Outlets and sources, nearest first. */
    final List<String> via = new ArrayList<>();
    char gender = '?';
    char number = '?';
    /** Features of the cue, for dropped-subject resolution. */
    char cueGender = '?';
    char cueNumber = '?';
    /** The speaker names an outlet (its name), else null. */
    String speakerOutlet;

    Draft(Hit hit, int sentence) {
        this.hit = hit;
        this.sentence = sentence;
        this.cueStart = hit.cueStart();
        this.cueEnd = hit.cueEnd();
        this.cueGender = hit.form().gender();
        this.cueNumber = hit.form().number();
    }

    boolean explicit() {
        return spkFirst >= 0;
    }
}

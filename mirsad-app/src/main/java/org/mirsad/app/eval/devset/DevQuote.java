package org.mirsad.app.eval.devset;

import java.util.List;
import org.mirsad.core.model.Span;

/**
 * A hand-annotated attributed statement of the development set.
 *
 * @param cue         where the cue sits in the body
 * @param cueText     the cue as annotated
 * @param speaker     where the speaker sits, or null when the annotation gives none
 * @param speakerText the speaker as annotated, or null
 * @param content     where the content sits in the body
 * @param contentText the content as annotated
 * @param direct      true for quoted words
 * @param via         outlets and sources the statement passed through
 */
public record DevQuote(Span cue, String cueText, Span speaker, String speakerText, Span content,
                       String contentText, boolean direct, List<String> via) {

    /** Copies the list. */
    public DevQuote {
        via = via == null ? List.of() : List.copyOf(via);
    }
}

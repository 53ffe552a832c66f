package org.mirsad.extract.date;

import java.util.Set;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Layer;
import org.mirsad.core.pipeline.Stage;
import org.mirsad.extract.date.internal.DateParser;

/**
 * Finds date and time expressions ({@code أمس الاثنين، 12 آذار/مارس 2024، الأسبوع الماضي، الساعة
 * الثامنة مساءً}) and resolves them to ISO-8601 against the document's publication date
 * ({@link org.mirsad.core.model.Metadata#published()}); an expression that cannot be resolved is kept
 * with a null value. Pure and thread-safe.
 */
public final class DateStage implements Stage {

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layer.DATES);
    }

    @Override
    public Document apply(Document document) {
        return document.with(Layer.DATES, DateParser.find(document.text(), document.get(Layer.TOKENS),
                document.get(Layer.SENTENCES), document.meta().published()));
    }
}

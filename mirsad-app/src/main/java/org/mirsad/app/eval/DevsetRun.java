package org.mirsad.app.eval;

import org.mirsad.app.Engine;
import org.mirsad.app.eval.devset.DevArticle;
import org.mirsad.core.model.Document;
import org.mirsad.core.model.Metadata;

/** Runs the analysis pipeline on a development-set article: its body is the clean text. */
public final class DevsetRun {

    private DevsetRun() {
    }

    /** The analyzed document of an article, with the article's publication date and title. */
    public static Document analyze(Engine engine, DevArticle a) {
        Metadata meta = new Metadata(a.name(), a.name(), null, a.header(), null, null, a.published(), "ar");
        return engine.pipeline().run(Document.of(meta, a.body(), null));
    }
}

package org.mirsad.extract.clean;

import java.util.ArrayList;
import java.util.List;
import org.mirsad.core.model.OffsetMap;

/** Cleans scraped plain-text articles. (Initial version: first line is the title.) */
public final class TextArticleCleaner {

    /** Cleans one raw article. */
    public CleanArticle clean(String raw) {
        String[] lines = raw.split("\n", -1);
        String title = null;
        StringBuilder body = new StringBuilder();
        OffsetMap.Builder map = OffsetMap.builder();
        int pos = 0;
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty()) {
                int rawStart = pos + line.indexOf(t);
                if (title == null) {
                    title = t;
                } else {
                    if (body.length() > 0) {
                        body.append('\n');
                    }
                    map.add(body.length(), rawStart, t.length());
                    body.append(t);
                }
            }
            pos += line.length() + 1;
        }
        return new CleanArticle(title, body.toString(), null, null, null, map.build(), new ArrayList<>());
    }
}

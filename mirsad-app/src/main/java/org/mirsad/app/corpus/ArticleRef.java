package org.mirsad.app.corpus;

import java.time.LocalDate;

/**
 * An article as listed (in a timeline, a result list, an entity's articles).
 *
 * @param id        store id
 * @param title     headline, or null
 * @param outlet    outlet, or null
 * @param published publication date, or null
 */
public record ArticleRef(String id, String title, String outlet, LocalDate published) {
}

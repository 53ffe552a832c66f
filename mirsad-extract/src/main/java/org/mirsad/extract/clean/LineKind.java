package org.mirsad.extract.clean;

import java.util.Locale;

/** What the cleaner decided a raw line is. Every kind but {@link #BODY} keeps the line out of the body. */
public enum LineKind {
    /** A paragraph of the body. */
    BODY,
    /** The headline. */
    TITLE,
    /** A byline and/or dateline ("بيروت - فلان", "كتب: فلان", "الرياض (واس) -"). */
    BYLINE,
    /** The outlet's name or tagline at the top. */
    MASTHEAD,
    /** Staff credits under a masthead ("رئيس التحرير: فلان"). */
    STAFF,
    /** A navigation bar or breadcrumb. */
    NAVIGATION,
    /** A date/time stamp. */
    STAMP,
    /** Share buttons. */
    SHARE,
    /** A related-links heading or one of its linked headlines. */
    RELATED,
    /** A tags line. */
    TAGS,
    /** A copyright footer. */
    COPYRIGHT,
    /** A comment prompt or counter. */
    COMMENT,
    /** An image or video caption, or its truncated prefix. */
    CAPTION,
    /** A repeat of an earlier line. */
    DUPLICATE,
    /** A line the outlet's boilerplate profile knows from other articles. */
    PROFILE,
    /** Other debris before the body block (short lines without sentence shape). */
    HEAD,
    /** Other debris after the body block. */
    TAIL;

    /** The lower-case label used as a reason ({@code "navigation"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

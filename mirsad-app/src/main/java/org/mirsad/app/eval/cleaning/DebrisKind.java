package org.mirsad.app.eval.cleaning;

/** The kinds of scraper debris the cleaning evaluation injects. */
public enum DebrisKind {
    /** The outlet's name line and a staff/editor line at the top. */
    MASTHEAD,
    /** A navigation bar of section names separated by pipes or bullets. */
    NAV,
    /** Share-button text (فيسبوك تويتر واتساب ...). */
    SHARE,
    /** A "read also" heading followed by related headlines. */
    RELATED,
    /** An image caption, preceded by its own truncated prefix. */
    CAPTION,
    /** A body line printed twice. */
    DUPLICATE,
    /** A dateline/byline line under the title ("بيروت - فلان"). */
    BYLINE,
    /** A date-and-time stamp line. */
    STAMP,
    /** Footer lines: copyright, comments, tags. */
    FOOTER
}

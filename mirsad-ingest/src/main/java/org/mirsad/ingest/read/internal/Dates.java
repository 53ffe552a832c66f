package org.mirsad.ingest.read.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

/** Turns the date strings containers give (ISO, RFC 1123, "2015-08-11 13:44:43") into ISO dates. */
public final class Dates {

    private Dates() {
    }

    /** The ISO date ({@code yyyy-MM-dd}) of {@code s}, or null if it is not a date this understands. */
    public static String isoDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() >= 10 && t.charAt(4) == '-' && t.charAt(7) == '-') {
            try {
                return LocalDate.parse(t.substring(0, 10)).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)).toLocalDate().toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDate().toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The ISO date of a {@link Date} in UTC, or null. */
    public static String isoDate(Date d) {
        return d == null ? null : d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }
}

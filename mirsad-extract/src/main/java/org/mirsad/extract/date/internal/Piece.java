package org.mirsad.extract.date.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A parsed piece of a date expression.
 *
 * @param end   the token after it
 * @param value its ISO value, or null
 * @param day   the day it resolves to, when it is a day
 * @param month the month it resolves to, when it is a month
 */
record Piece(int end, String value, LocalDate day, YearMonth month) {

    static Piece of(int end, DateResolver.Value v) {
        return new Piece(end, v.iso(), v.day(), v.month());
    }
}

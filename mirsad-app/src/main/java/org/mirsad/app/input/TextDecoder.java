package org.mirsad.app.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a text input into a string, refusing what is not text.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>{@link #BINARY_SAMPLE}: a NUL byte, or more than {@link #MAX_CONTROL_SHARE} of other control
 *       bytes in the first bytes, means binary: refused.</li>
 *   <li>A UTF-8 byte-order mark is dropped; UTF-16 byte-order marks select UTF-16.</li>
 *   <li>Strict UTF-8 is tried first.</li>
 *   <li>When that fails, windows-1256 (the legacy Arabic code page, a superset of ISO-8859-6 for
 *       letters) is tried, and accepted only when it yields Arabic letters.</li>
 *   <li>Otherwise the input is refused as undecodable.</li>
 * </ol>
 */
public final class TextDecoder {

    /** How many leading bytes are checked for binary content. */
    public static final int BINARY_SAMPLE = 8192;
    /** Largest share of control bytes (other than tab, CR, LF, FF, ESC) in a text. */
    public static final double MAX_CONTROL_SHARE = 0.02;

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private TextDecoder() {
    }

    /**
     * Decodes the bytes of {@code source}.
     *
     * @throws InputException naming the source when it is binary or undecodable
     */
    public static String decode(String source, byte[] bytes) throws InputException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new String(bytes, StandardCharsets.UTF_16);
        }
        checkNotBinary(source, bytes);
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            return strict(StandardCharsets.UTF_8).decode(buf).toString();
        } catch (CharacterCodingException e) {
            buf.rewind().position(offset);
        }
        try {
            String legacy = strict(WINDOWS_1256).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            if (hasArabicLetters(legacy)) {
                return legacy;
            }
        } catch (CharacterCodingException e) {
            // fall through to the error below
        }
        throw new InputException(source, "not valid UTF-8 and not Arabic in windows-1256: cannot decode the text");
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void checkNotBinary(String source, byte[] bytes) throws InputException {
        int n = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException(source, "binary file (contains NUL bytes), not a text article");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n > 0 && control > MAX_CONTROL_SHARE * n) {
            throw new InputException(source, "binary file (too many control bytes), not a text article");
        }
    }

    private static boolean hasArabicLetters(String s) {
        int arabic = 0;
        for (int i = 0; i < s.length() && arabic < 10; i++) {
            char c = s.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                arabic++;
            }
        }
        return arabic >= Math.min(10, Math.max(1, s.length() / 20));
    }
}

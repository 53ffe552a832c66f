package org.mirsad.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mirsad.app.input.InputException;
import org.mirsad.app.input.TextDecoder;

class TextDecoderTest {

    private static final String ARABIC = "افتتح المجلس البلدي حديقة جديدة في الحي الشرقي للمدينة.";

    @Test
    void decodesUtf8() throws InputException {
        assertEquals(ARABIC, TextDecoder.decode("a.txt", ARABIC.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void dropsTheUtf8ByteOrderMark() throws InputException {
        byte[] body = ARABIC.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(ARABIC, TextDecoder.decode("a.txt", withBom));
    }

    @Test
    void decodesLegacyWindows1256Arabic() throws InputException {
        byte[] legacy = ARABIC.getBytes(Charset.forName("windows-1256"));
        assertEquals(ARABIC, TextDecoder.decode("old.txt", legacy));
    }

    @Test
    void refusesBinaryNamingTheInput() {
        byte[] bin = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x10};
        InputException e = assertThrows(InputException.class, () -> TextDecoder.decode("photo.jpg", bin));
        assertTrue(e.getMessage().startsWith("photo.jpg: "));
        assertTrue(e.getMessage().contains("binary"));
    }

    @Test
    void emptyInputIsAnEmptyText() throws InputException {
        assertEquals("", TextDecoder.decode("empty.txt", new byte[0]));
    }
}

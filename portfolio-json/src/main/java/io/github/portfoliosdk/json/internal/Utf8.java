package io.github.portfoliosdk.json.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 strictly: a malformed byte is a located problem, never a replacement character. */
public final class Utf8 {

    private Utf8() {
    }

    /**
     * The text of these bytes, without a leading byte order mark.
     *
     * @return the text, or null when the bytes are not UTF-8 (the problem, with its line and column, is in {@code problems})
     */
    public static String decode(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            problems.add(positionAtEnd(out), "", String.format("invalid UTF-8: byte 0x%02X at offset %d cannot start or continue a character; save the file as UTF-8",
                    bytes[in.position()] & 0xFF, in.position()));
            return null;
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Tree.Position positionAtEnd(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(text.charAt(i))) {
                column++;
            }
        }
        return new Tree.Position(line, column);
    }
}

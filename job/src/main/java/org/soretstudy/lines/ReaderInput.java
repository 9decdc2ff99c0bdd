package org.soretstudy.lines;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/** Characters read as UTF-8 bytes, for the engine's byte interface; {@code available} tells whether the reader is ready. */
final class ReaderInput extends InputStream {
    private final Reader reader;
    private final char[] chars = new char[8192];
    private int carried; // a high surrogate kept for the next read, to encode a split pair whole
    private byte[] bytes = new byte[0];
    private int pos;

    ReaderInput(Reader reader) {
        this.reader = reader;
    }

    private boolean refill() throws IOException {
        while (pos == bytes.length) {
            int n = reader.read(chars, carried, chars.length - carried);
            if (n < 0) {
                if (carried == 0) {
                    return false;
                }
                bytes = new String(chars, 0, carried).getBytes(StandardCharsets.UTF_8);
                carried = 0;
                pos = 0;
                return true;
            }
            int total = carried + n;
            int keep = total > 0 && Character.isHighSurrogate(chars[total - 1]) ? 1 : 0;
            bytes = new String(chars, 0, total - keep).getBytes(StandardCharsets.UTF_8);
            pos = 0;
            if (keep == 1) {
                chars[0] = chars[total - 1];
            }
            carried = keep;
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        return refill() ? bytes[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!refill()) {
            return -1;
        }
        int n = Math.min(len, bytes.length - pos);
        System.arraycopy(bytes, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return pos < bytes.length ? bytes.length - pos : reader.ready() ? 1 : 0;
    }
}

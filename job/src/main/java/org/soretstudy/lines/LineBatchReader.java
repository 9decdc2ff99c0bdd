package org.soretstudy.lines;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a byte stream into lines as {@code BufferedReader.readLine} does ({@code \n}, {@code \r} or {@code \r\n}
 * ends a line; a last line without an end counts) and hands them out in batches. A batch ends when it is full or,
 * once it holds a line, when no more input is available yet: a user typing one line at a time gets each answer
 * at once, a file or a pipe fills whole batches.
 */
final class LineBatchReader {
    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean skipLf;

    LineBatchReader(InputStream in) {
        this.in = in;
    }

    /** True when the input has ended and every line was handed out. */
    boolean atEnd() {
        return eof && pos == limit;
    }

    /**
     * Fills {@code batch} (cleared first) with up to {@code maxLines} lines or about {@code maxBytes} bytes.
     *
     * @param mayBlock wait for the first line; otherwise return at once, maybe empty, when no input is available
     */
    void fill(LineBatch batch, boolean mayBlock, int maxLines, int maxBytes) throws IOException {
        batch.clear();
        while (batch.lines() < maxLines && batch.bytes() < maxBytes) {
            if (skipLf && pos < limit) {
                if (buf[pos] == '\n') {
                    pos++;
                }
                skipLf = false;
            }
            int i = pos;
            while (i < limit && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (i < limit) {
                batch.add(buf, pos, i);
                skipLf = buf[i] == '\r';
                pos = i + 1;
                continue;
            }
            if (eof) {
                if (pos < limit) {
                    batch.add(buf, pos, limit);
                    pos = limit;
                }
                return;
            }
            if ((batch.lines() > 0 || !mayBlock) && available() == 0) {
                return;
            }
            readMore();
        }
    }

    private int available() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0; // a stream that cannot tell: deliver what is solved, then wait for input as usual
        }
    }

    private void readMore() throws IOException {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            buf = java.util.Arrays.copyOf(buf, 2 * buf.length); // one line longer than the buffer
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }
}

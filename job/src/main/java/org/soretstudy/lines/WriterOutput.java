package org.soretstudy.lines;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** UTF-8 bytes written as characters; the engine writes whole lines at a time, so no character is ever split. */
final class WriterOutput extends OutputStream {
    private final Writer writer;

    WriterOutput(Writer writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) throws IOException {
        writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        writer.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() throws IOException {
        writer.flush();
    }
}

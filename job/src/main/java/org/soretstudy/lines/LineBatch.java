package org.soretstudy.lines;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.soretstudy.io.ByteSink;

/**
 * One batch of input lines and, once solved, their result lines. The lines are cut into chunks that the
 * workers claim one at a time (so a slow transient line does not hold a whole share back); each worker appends its
 * results to its own sink and notes where each chunk it solved begins and ends, so the batch is written back in
 * input order without copying.
 */
final class LineBatch {
    private byte[] data = new byte[1 << 16];
    private int dataSize;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int lines;

    private int chunkLines;
    private int chunks;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private int[] chunkWorker = new int[16];
    private int[] chunkFrom = new int[16];
    private int[] chunkTo = new int[16];
    private final ByteSink[] sinks;

    LineBatch(int workers) {
        sinks = new ByteSink[workers];
        for (int w = 0; w < workers; w++) {
            sinks[w] = new ByteSink(1 << 16);
        }
    }

    void clear() {
        dataSize = 0;
        lines = 0;
    }

    int lines() { return lines; }

    int bytes() { return dataSize; }

    byte[] data() { return data; }

    int start(int line) { return starts[line]; }

    int end(int line) { return ends[line]; }

    /** Copies one line (without its end) into the batch. */
    void add(byte[] src, int from, int to) {
        int len = to - from;
        if (dataSize + len > data.length) {
            data = Arrays.copyOf(data, Math.max(2 * data.length, dataSize + len));
        }
        if (lines == starts.length) {
            starts = Arrays.copyOf(starts, 2 * lines);
            ends = Arrays.copyOf(ends, 2 * lines);
        }
        System.arraycopy(src, from, data, dataSize, len);
        starts[lines] = dataSize;
        dataSize += len;
        ends[lines++] = dataSize;
    }

    /** Cuts the lines into chunks for {@code workers} workers: several chunks each, at most 64 lines a chunk. */
    void prepareChunks(int workers) {
        chunkLines = Math.max(1, Math.min(64, lines / (4 * workers)));
        chunks = (lines + chunkLines - 1) / chunkLines;
        if (chunks > chunkWorker.length) {
            chunkWorker = new int[chunks];
            chunkFrom = new int[chunks];
            chunkTo = new int[chunks];
        }
        nextChunk.set(0);
    }

    /** The next unclaimed chunk, or -1 when every chunk is taken. */
    int claimChunk() {
        int c = nextChunk.getAndIncrement();
        return c < chunks ? c : -1;
    }

    int chunkFirstLine(int chunk) { return chunk * chunkLines; }

    int chunkEndLine(int chunk) { return Math.min(lines, (chunk + 1) * chunkLines); }

    int chunks() { return chunks; }

    ByteSink sink(int worker) { return sinks[worker]; }

    void solved(int chunk, int worker, int from, int to) {
        chunkWorker[chunk] = worker;
        chunkFrom[chunk] = from;
        chunkTo[chunk] = to;
    }

    ByteSink chunkSink(int chunk) { return sinks[chunkWorker[chunk]]; }

    int chunkFrom(int chunk) { return chunkFrom[chunk]; }

    int chunkTo(int chunk) { return chunkTo[chunk]; }
}

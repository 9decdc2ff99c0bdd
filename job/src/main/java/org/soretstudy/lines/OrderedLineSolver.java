package org.soretstudy.lines;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.soretstudy.error.UserException;
import org.soretstudy.io.ByteSink;
import org.soretstudy.io.CellLineCodec;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.CellSolver;
import org.soretstudy.solver.CellWorkspace;

/**
 * The engine of {@code soret-study solve}: JSON lines in, one result line per input line out, in input order,
 * solved on several threads. This thread reads a batch of lines while the workers (one {@link CellWorkspace} and
 * one {@link CellLineCodec} each) solve the previous one; it then writes that batch's results in order. Two
 * batches at most are held, so memory is bounded on an endless stream. When the input pauses the lines read so
 * far are solved and their results flushed, so one line in gives one line out at once.
 */
public final class OrderedLineSolver implements AutoCloseable {
    static final int MAX_LINES = 4096;
    static final int MAX_BYTES = 4 << 20;

    private final int threads;
    private final ExecutorService pool;
    private final Worker[] workers;

    public OrderedLineSolver(int threads) {
        if (threads < 1) {
            throw new UserException("--threads", threads, "an integer >= 1");
        }
        this.threads = threads;
        this.workers = new Worker[threads];
        for (int w = 0; w < threads; w++) {
            workers[w] = new Worker(w);
        }
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "solve-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Solves every line of {@code in} into {@code out} (flushed at the end); returns the number of lines. */
    public long solve(InputStream in, OutputStream out) throws IOException {
        LineBatchReader reader = new LineBatchReader(in);
        LineBatch[] batches = {new LineBatch(threads), new LineBatch(threads)};
        int next = 0;
        LineBatch inFlight = null;
        List<Future<?>> running = new ArrayList<>();
        long lines = 0;
        while (true) {
            LineBatch batch = batches[next];
            reader.fill(batch, inFlight == null, MAX_LINES, MAX_BYTES);
            if (inFlight != null) {
                await(running);
                lines += write(inFlight, out);
                if (batch.lines() == 0) {
                    out.flush(); // the input paused (or ended): deliver what is solved before waiting for more
                }
                inFlight = null;
            }
            if (batch.lines() > 0) {
                start(batch, running);
                inFlight = batch;
                next = 1 - next;
            } else if (reader.atEnd()) {
                break;
            }
        }
        out.flush();
        return lines;
    }

    /**
     * The same on characters (tests and embedding): UTF-8 in between. A lone surrogate in {@code in} becomes
     * {@code ?}, as an encoder does.
     */
    public long solve(Reader in, Writer out) throws IOException {
        OutputStream bytesOut = new WriterOutput(out);
        long n = solve(new ReaderInput(in), bytesOut);
        out.flush();
        return n;
    }

    private void start(LineBatch batch, List<Future<?>> running) {
        batch.prepareChunks(threads);
        running.clear();
        int helpers = Math.min(threads, batch.chunks());
        for (int w = 0; w < helpers; w++) {
            Worker worker = workers[w];
            running.add(pool.submit(() -> worker.solve(batch)));
        }
    }

    private static void await(List<Future<?>> running) throws IOException {
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while solving", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    private static int write(LineBatch batch, OutputStream out) throws IOException {
        for (int c = 0; c < batch.chunks(); c++) {
            batch.chunkSink(c).writeTo(out, batch.chunkFrom(c), batch.chunkTo(c) - batch.chunkFrom(c));
        }
        return batch.lines();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** One solving thread's state: its workspace and codec, reused for every line it solves. */
    private static final class Worker {
        private final int index;
        private final CellWorkspace workspace = new CellWorkspace();
        private final CellLineCodec codec = new CellLineCodec();

        Worker(int index) {
            this.index = index;
        }

        void solve(LineBatch batch) {
            ByteSink sink = batch.sink(index);
            sink.clear();
            byte[] data = batch.data();
            try {
                for (int c = batch.claimChunk(); c >= 0; c = batch.claimChunk()) {
                    int from = sink.size();
                    for (int line = batch.chunkFirstLine(c); line < batch.chunkEndLine(c); line++) {
                        CellParameters cell = codec.read(data, batch.start(line), batch.end(line) - batch.start(line));
                        codec.write(CellSolver.solve(cell, workspace), sink);
                    }
                    batch.solved(c, index, from, sink.size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package org.soretstudy.run;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The console progress line of a running study: rows done / total, solves/s, ETA and counts by status.
 * Fed by the study's {@link StatusCounters}, which reach the driver as chunks complete, and by running tasks' heartbeats.
 */
final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final long total;
    private final long alreadyDone;
    private final StatusCounters counters;
    private final LongSupplier running;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    Progress(PrintStream out, long total, long alreadyDone, StatusCounters counters, LongSupplier running, long periodMillis) {
        this.out = out;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.counters = counters;
        this.running = running;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "soret-study-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::print, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Rows of finished tasks plus what running tasks reported with their last heartbeat. */
    long solvedThisRun() { return Math.min(total - alreadyDone, counters.rowsSolved() + running.getAsLong()); }

    double seconds() { return (System.nanoTime() - startNanos) * 1e-9; }

    void print() {
        long solved = solvedThisRun();
        long done = alreadyDone + solved;
        double secs = seconds();
        double rate = secs > 0 ? solved / secs : 0;
        long remaining = total - done;
        String eta = rate > 0 && remaining > 0 ? formatDuration(remaining / rate) : remaining == 0 ? "0s" : "-";
        out.printf(Locale.ROOT, "[soret-study] %,d / %,d rows (%.1f%%)  %,.0f solves/s  ETA %s  (finished chunks: ok %,d, rejected %,d, failed %,d)%n",
                done, total, total == 0 ? 100.0 : 100.0 * done / total, rate, eta, counters.ok(), counters.rejected(), counters.failed());
        out.flush();
    }

    static String formatDuration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

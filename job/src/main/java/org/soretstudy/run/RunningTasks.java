package org.soretstudy.run;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Rows solved by tasks still running, from the accumulator values executors send with their heartbeats. An
 * accumulator's driver-side value only grows when a task ends; a chunk can take many seconds, so the progress
 * line adds what the running tasks have reported so far.
 */
final class RunningTasks extends SparkListener {
    private final long accumulatorId;
    private final Map<Long, Long> partial = new ConcurrentHashMap<>();

    RunningTasks(LongAccumulator rows) {
        this.accumulatorId = rows.id();
    }

    /** Rows reported by running tasks, not yet in the accumulator's value. */
    long rows() {
        long sum = 0;
        for (long v : partial.values()) {
            sum += v;
        }
        return sum;
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            long taskId = (Long) task._1();
            for (AccumulableInfo info : CollectionConverters.asJava(task._4())) {
                if (info.id() == accumulatorId && info.update().isDefined()) {
                    Object v = info.update().get();
                    if (v instanceof Long n) {
                        partial.put(taskId, n);
                    }
                }
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        partial.remove(end.taskInfo().taskId());
    }
}

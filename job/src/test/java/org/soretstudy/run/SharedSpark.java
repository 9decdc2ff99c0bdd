package org.soretstudy.run;

import java.util.List;
import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM (starting one costs seconds): every Spark test shares it. */
public final class SharedSpark {
    private static SparkSession session;

    private SharedSpark() { }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .config(SparkSessions.configure("local[2]", List.of("--conf", "spark.sql.shuffle.partitions=2")))
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}

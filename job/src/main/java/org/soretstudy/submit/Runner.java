package org.soretstudy.submit;

import java.util.Locale;
import org.soretstudy.error.UserException;

/** Who drives a study: the launcher's own JVM (embedded Spark or {@code --master}), or a cluster's spark-submit. */
public enum Runner {
    /** The driver runs in the launcher's JVM, with the project's jars (the default). */
    EMBEDDED,
    /** The driver is started by {@code $SPARK_HOME/bin/spark-submit} with the thin application jar. */
    SPARK;

    /** Parses {@code --runner}: {@code embedded} or {@code spark}. */
    public static Runner parse(String value) {
        for (Runner r : values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(value)) {
                return r;
            }
        }
        throw new UserException("--runner", value, "embedded (the driver in this JVM) or spark (through $SPARK_HOME/bin/spark-submit)");
    }
}

package org.soretstudy.cli;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.run.SparkSessions;
import picocli.CommandLine.Option;

/**
 * The Spark options every command that starts Spark shares ({@code run}, {@code summarize}, ...): the master. A picocli mixin, so each command declares them once and the same way.
 */
public final class SparkOptions {
    @Option(names = "--master",
            description = "Spark master URL: local[*] (embedded, the default; under spark-submit: spark-submit's), local[N],"
                    + " spark://HOST:PORT; yarn and k8s://... under spark-submit (run --runner spark)")
    String master;

    /** The master given on the command line, or null (then spark-submit's, or the embedded local[*]). */
    String master() {
        return master;
    }

    /**
     * A session for this command with the Spark settings the user gave after {@code --} (each command declares
     * that positional itself: picocli cannot place a mixin's positional after the command's own); the command
     * owns the session and stops it. A master that cannot be reached is a user error.
     */
    SparkSession start(List<String> sparkArgs) {
        return SparkSessions.start(master, sparkArgs);
    }
}

package org.soretstudy.submit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a submission needs.
 *
 * @param sparkHome       the Spark installation ({@code $SPARK_HOME}): its {@code bin/spark-submit} is run
 * @param thinJar         the application jar (our classes and what Spark lacks, nothing of Spark's)
 * @param log4jConfig     the driver's logging configuration, shipped with {@code --files}
 * @param spec            the study spec file
 * @param output          the spec's {@code output} (checked for cluster mode, printed at the end)
 * @param runOptions      options of {@code soret-study run} forwarded to the driver ({@code --partitions N}, ...)
 * @param sparkSubmitArgs the user's arguments after {@code --}, for spark-submit, unchanged except where merged
 * @param environment     the launcher's environment (SPARK_LOCAL_IP is decided from it and the master)
 */
public record SubmitRequest(Path sparkHome, Path thinJar, Path log4jConfig, Path spec, String output, List<String> runOptions,
                            List<String> sparkSubmitArgs, Map<String, String> environment) {
    public SubmitRequest {
        runOptions = List.copyOf(runOptions);
        sparkSubmitArgs = List.copyOf(sparkSubmitArgs);
        environment = Map.copyOf(environment);
    }
}

/**
 * The {@code --runner spark} engine: hands a study to a cluster's own {@code spark-submit} with the thin
 * application jar, instead of running the driver in the launcher's JVM. {@link org.soretstudy.submit.SubmitCommands}
 * builds the exact command (a pure function, tested without Spark); {@link org.soretstudy.submit.SparkSubmitProcess}
 * runs it and says where a cluster-mode driver's output and log are. It imports only {@code spec} and {@code error}.
 */
package org.soretstudy.submit;

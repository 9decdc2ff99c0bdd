package org.soretstudy.submit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a spark-submit command, passing its output through, and after a cluster-mode submission says where the
 * output and the driver's log are (the driver's progress lines go to that log, not to this console).
 */
public final class SparkSubmitProcess {
    private static final Pattern STANDALONE_DRIVER = Pattern.compile("\\b(driver-\\d{14}-\\d{4})\\b");
    private static final Pattern YARN_APPLICATION = Pattern.compile("\\b(application_\\d+_\\d+)\\b");
    private static final Pattern K8S_POD = Pattern.compile("pod name: (\\S+)");

    private SparkSubmitProcess() { }

    /** Runs the command and returns spark-submit's exit code (in client mode, the study's own). */
    public static int run(SubmitCommand command, PrintStream console) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command.argv()).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        command.unsetEnv().forEach(env::remove);
        env.putAll(command.setEnv());
        Process p = pb.start();
        p.getOutputStream().close();
        String driver = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                console.println(line);
                if (driver == null) {
                    driver = driverName(line);
                }
            }
        }
        int code = p.waitFor();
        if (command.deployMode() == DeployMode.CLUSTER) {
            console.println("[soret-study] submitted in cluster deploy mode (spark-submit exit code " + code + ")");
            console.println("[soret-study] output: " + command.output() + " (samples/*.parquet, summary.json)");
            console.println("[soret-study] driver log (progress and errors): " + whereIsTheLog(command.master(), driver));
        }
        return code;
    }

    /** The driver's id in a line of spark-submit's output, or null. */
    static String driverName(String line) {
        for (Pattern p : new Pattern[] {STANDALONE_DRIVER, YARN_APPLICATION, K8S_POD}) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    static String whereIsTheLog(String master, String driver) {
        String id = driver == null ? "(id not seen in spark-submit's output)" : driver;
        if (master != null && master.startsWith("spark://")) {
            return "files stdout and stderr in the folder " + id + " under the work folder of the Worker that runs it"
                    + " (soret-cluster: $SORET_CLUSTER_DIR/work/" + id + "); the Master's web UI links them";
        }
        if (master != null && master.startsWith("yarn")) {
            return "yarn logs -applicationId " + id;
        }
        if (master != null && master.startsWith("k8s://")) {
            return "kubectl logs " + id;
        }
        return "the cluster manager's log of driver " + id;
    }
}

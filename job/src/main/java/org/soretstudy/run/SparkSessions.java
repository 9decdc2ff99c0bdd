package org.soretstudy.run;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.soretstudy.error.UserException;

/**
 * The Spark configuration of a study in three tiers, in one testable place (GATK's pattern): suggested
 * defaults that anything may override, what the job needs, then the user's {@code --conf} pairs last.
 */
public final class SparkSessions {
    private SparkSessions() { }

    /**
     * The configuration for {@code master} with the user's Spark arguments ({@code --conf k=v} pairs). A null master
     * keeps spark-submit's ({@code spark.master}, a system property under spark-submit: setting one there would
     * silently run the study inside the submitting process, build-notes pitfall 7), else {@code local[*]}.
     */
    public static SparkConf configure(String master, List<String> sparkArgs) {
        SparkConf conf = new SparkConf();
        if (master == null) {
            master = conf.get("spark.master", "local[*]");
        }
        // 1. suggested defaults
        boolean local = master.startsWith("local");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false"); // we print our own progress line
        conf.setIfMissing("spark.ui.enabled", local ? "false" : "true");
        if (local) {
            // bind to loopback: the machine's external address may not be reachable (build-notes pitfall 1)
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        conf.setIfMissing("spark.task.maxFailures", "4");
        // heartbeats carry running tasks' row counts to the progress line
        conf.setIfMissing("spark.executor.heartbeatInterval", "2s");
        if (!local) {
            // executors of a real cluster need our code: the application jar and the solver's (build-notes: without
            // spark.jars tasks fail with a misleading ClassCastException on SerializedLambda)
            String jars = applicationJars();
            if (!jars.isEmpty()) {
                conf.setIfMissing("spark.jars", jars);
            }
        }
        // 2. what the job needs
        conf.setMaster(master);
        conf.setAppName("soret-study");
        // 3. the user's settings win
        for (Map.Entry<String, String> e : parseConf(sparkArgs).entrySet()) {
            conf.set(e.getKey(), e.getValue());
        }
        return conf;
    }

    /** The soret-study jars on this JVM's classpath (job, datasets, solver), comma-separated; empty in a build tree. */
    static String applicationJars() {
        List<String> jars = new java.util.ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
            String name = new java.io.File(entry).getName();
            if (name.startsWith("soret-study-") && name.endsWith(".jar")) {
                jars.add(new java.io.File(entry).getAbsolutePath());
            }
        }
        return String.join(",", jars);
    }

    /**
     * Starts (or joins) the session for {@code master}.
     *
     * @throws UserException when the master URL is malformed or a standalone master does not answer
     */
    public static SparkSession start(String master, List<String> sparkArgs) {
        SparkConf conf = configure(master, sparkArgs);
        requireUsable(conf.get("spark.master"));
        requireReachable(conf.get("spark.master"));
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static final Pattern LOCAL = Pattern.compile(
            "local|local\\[(\\d+|\\*)(\\s*,\\s*\\d+)?]|local-cluster\\[\\s*\\d+\\s*,\\s*\\d+\\s*,\\s*\\d+\\s*]");
    private static final String YARN_MANAGER = "org.apache.spark.scheduler.cluster.YarnClusterManager";
    private static final String KUBERNETES_MANAGER = "org.apache.spark.scheduler.cluster.k8s.KubernetesClusterManager";

    /**
     * A master this JVM cannot drive fails inside Spark with a logged stack trace ("Could not parse Master URL"): say
     * in one line which masters it takes instead. YARN and Kubernetes need their cluster manager on the classpath: a
     * Spark installation has them (so under spark-submit they pass), the embedded launcher does not, and for them
     * the way is {@code --runner spark}.
     */
    static void requireUsable(String master) {
        if (LOCAL.matcher(master).matches() || master.startsWith("spark://")) {
            return;
        }
        boolean yarn = master.equals("yarn");
        boolean kubernetes = master.startsWith("k8s://");
        if (!yarn && !kubernetes) {
            throw new UserException("--master", master,
                    "a Spark master URL: local[*], local[N], spark://HOST:PORT, yarn or k8s://https://HOST:PORT");
        }
        if (!onClasspath(yarn ? YARN_MANAGER : KUBERNETES_MANAGER)) {
            throw new UserException("--master", master, "local[*], local[N] or spark://HOST:PORT for the embedded driver;"
                    + " a " + (yarn ? "YARN" : "Kubernetes") + " master needs Spark's spark-submit"
                    + " (soret-study run SPEC --runner spark -- --master " + master + "; deploy/YARN.md)");
        }
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, SparkSessions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * A standalone master ({@code spark://host:port[,host:port]}) that nothing answers at would make Spark retry
     * for a minute before failing with a stack trace: try a TCP connection first and say so in one line.
     */
    static void requireReachable(String master) {
        if (!master.startsWith("spark://")) {
            return;
        }
        String allowed = "a reachable standalone master spark://HOST:PORT (start one with deploy/bin/soret-cluster start)";
        IOException last = null;
        for (String hostPort : master.substring("spark://".length()).split(",")) {
            int colon = hostPort.lastIndexOf(':');
            int port;
            try {
                port = colon > 0 ? Integer.parseInt(hostPort.substring(colon + 1)) : -1;
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new UserException("--master", master, allowed + "; " + hostPort + " has no valid port");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon), port), CONNECT_TIMEOUT_MILLIS);
                return; // one answering master of an HA list is enough
            } catch (IOException e) {
                last = e;
            }
        }
        throw new UserException("--master", master, allowed + "; nothing answers there (" + last + ")", last);
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    /** Reads {@code --conf key=value} pairs (also {@code --conf=key=value}); anything else is a usage error. */
    static Map<String, String> parseConf(List<String> args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String pair;
            if (a.equals("--conf") && i + 1 < args.size()) {
                pair = args.get(++i);
            } else if (a.startsWith("--conf=")) {
                pair = a.substring("--conf=".length());
            } else {
                throw new UserException("Spark argument", a, "embedded runs accept --conf key=value pairs after --");
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UserException("--conf", pair, "key=value");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}

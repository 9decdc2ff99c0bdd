package org.soretstudy.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    public static SparkSession start(String master, List<String> sparkArgs) {
        return SparkSession.builder().config(configure(master, sparkArgs)).getOrCreate();
    }

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

package org.soretstudy.submit;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.soretstudy.error.UserException;

/**
 * Builds the spark-submit command of a study: a pure function of the request, so every rule below is tested
 * without Spark.
 *
 * <ul>
 *   <li>{@code --class org.soretstudy.cli.Main}, the user's options unchanged and in order, the thin jar, then
 *       {@code run SPEC} and the forwarded run options.</li>
 *   <li>The driver's logging: Spark's default profile prints every INFO line of the driver, and a configuration
 *       inside the application jar is not seen (build-notes pitfall 7), so the configuration is named by
 *       {@code spark.driver.extraJavaOptions=-Dlog4j.configurationFile=...} (merged into the user's value if any).</li>
 *   <li>Cluster deploy mode: the spec and the logging configuration travel with {@code --files} (merged into the
 *       user's list) and the driver names them by their base names, where YARN and Kubernetes put them (its working
 *       folder). A standalone Master does not copy {@code --files} for a driver: there they are named by their
 *       absolute paths, which the Worker's host must see, as it must see the application jar. The output must be
 *       absolute or a URI: a relative one would land in the driver's working folder on some cluster host.</li>
 *   <li>{@code SPARK_LOCAL_IP=127.0.0.1} only for {@code local[...]} and loopback masters (build-notes pitfall 9): on
 *       a real cluster a driver bound to loopback cannot be reached by executors on other hosts. A value the
 *       launcher set by default ({@link #LOCAL_IP_DEFAULTED}) is removed there; a value the user set is kept.</li>
 * </ul>
 */
public final class SubmitCommands {
    /** The application's main class. */
    public static final String MAIN_CLASS = "org.soretstudy.cli.Main";
    /** Set by the launcher when it, not the user, set SPARK_LOCAL_IP (the embedded default). */
    public static final String LOCAL_IP_DEFAULTED = "SORET_STUDY_LOCAL_IP_DEFAULTED";
    static final String LOCAL_IP = "SPARK_LOCAL_IP";
    private static final String DRIVER_JAVA_OPTIONS = "spark.driver.extraJavaOptions";

    private SubmitCommands() { }

    public static SubmitCommand build(SubmitRequest request) {
        UserOptions user = UserOptions.parse(request.sparkSubmitArgs());
        DeployMode mode = user.deployMode;
        boolean cluster = mode == DeployMode.CLUSTER;
        boolean standalone = user.master != null && user.master.startsWith("spark://");
        if (cluster && !isAbsoluteOrUri(request.output())) {
            throw new UserException("output", request.output(), "in cluster deploy mode, an absolute path or a URI (hdfs://..., s3a://...)"
                    + " that the driver's host can reach; a relative path would land in the driver's working folder on the cluster");
        }
        String specPath = request.spec().toAbsolutePath().normalize().toString();
        String logPath = request.log4jConfig().toAbsolutePath().normalize().toString();
        boolean byBaseName = cluster && !standalone;
        String specRef = byBaseName ? request.spec().getFileName().toString() : specPath;
        String logRef = byBaseName ? request.log4jConfig().getFileName().toString() : logPath;
        if (byBaseName && specRef.equals(logRef)) {
            throw new UserException("SPEC", specPath, "a file name other than " + logRef + " (both travel with --files)");
        }

        List<String> argv = new ArrayList<>();
        argv.add(request.sparkHome().resolve("bin").resolve("spark-submit").toString());
        argv.add("--class");
        argv.add(MAIN_CLASS);
        String logOption = "-Dlog4j.configurationFile=" + logRef;
        String files = cluster ? specPath + "," + logPath : null;
        argv.addAll(user.render(files, logOption));
        if (files != null && !user.hasFiles) {
            argv.add("--files");
            argv.add(files);
        }
        if (!user.hasDriverJavaOptions) {
            argv.add("--conf");
            argv.add(DRIVER_JAVA_OPTIONS + "=" + logOption);
        }
        argv.add(request.thinJar().toAbsolutePath().normalize().toString());
        argv.add("run");
        argv.add(specRef);
        argv.addAll(request.runOptions());

        Map<String, String> set = new HashMap<>();
        Set<String> unset = new HashSet<>();
        Map<String, String> env = request.environment();
        boolean launcherDefault = env.containsKey(LOCAL_IP_DEFAULTED);
        if (env.containsKey(LOCAL_IP_DEFAULTED)) {
            unset.add(LOCAL_IP_DEFAULTED);
        }
        if (isLoopback(user.master)) {
            if (!env.containsKey(LOCAL_IP) || launcherDefault) {
                set.put(LOCAL_IP, "127.0.0.1");
                unset.remove(LOCAL_IP);
            }
        } else if (launcherDefault && env.containsKey(LOCAL_IP)) {
            unset.add(LOCAL_IP);
        }
        return new SubmitCommand(argv, set, unset, user.master, mode, request.output());
    }

    /** {@code local}, {@code local[...]} and masters whose host is a loopback name or address. */
    static boolean isLoopback(String master) {
        if (master == null) {
            return false;
        }
        if (master.equals("local") || master.startsWith("local[") || master.startsWith("local-cluster[")) {
            return true;
        }
        String rest = master.replaceFirst("^[a-z0-9+]+://", "");
        if (rest.equals(master)) {
            return false;
        }
        String host = rest.startsWith("[") ? rest.substring(1, Math.max(1, rest.indexOf(']')))
                : rest.replaceFirst("[:/,].*$", "");
        host = host.toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    static boolean isAbsoluteOrUri(String output) {
        if (output.startsWith("/")) {
            return true;
        }
        try {
            URI u = new URI(output);
            return u.getScheme() != null && u.getScheme().length() > 1; // not a Windows drive letter
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The user's spark-submit options: the few the command depends on, the rest kept verbatim and in order. */
    private static final class UserOptions {
        private final List<String[]> options = new ArrayList<>(); // {name, value} or {word}
        String master;
        DeployMode deployMode = DeployMode.CLIENT;
        boolean hasFiles;
        boolean hasDriverJavaOptions;

        static UserOptions parse(List<String> args) {
            UserOptions u = new UserOptions();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (a.startsWith("--") && eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                boolean valued = switch (name) {
                    case "--master", "--deploy-mode", "--files", "--conf", "-c", "--driver-java-options", "--class" -> true;
                    default -> false;
                };
                if (!valued) {
                    u.options.add(new String[] {a});
                    continue;
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UserException(name, null, "a value after " + name);
                    }
                    value = args.get(++i);
                }
                u.take(name, value);
            }
            return u;
        }

        private void take(String name, String value) {
            switch (name) {
                case "--class" -> throw new UserException("--class", value, "none: soret-study submits " + MAIN_CLASS);
                case "--master" -> master = value;
                case "--deploy-mode" -> deployMode = mode("--deploy-mode", value);
                case "--files" -> hasFiles = true;
                case "--driver-java-options" -> hasDriverJavaOptions = true;
                default -> { // --conf, -c
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        throw new UserException(name, value, "key=value");
                    }
                    String key = value.substring(0, eq);
                    String v = value.substring(eq + 1);
                    switch (key) {
                        case "spark.master" -> master = v;
                        case "spark.submit.deployMode" -> deployMode = mode(key, v);
                        case "spark.files" -> hasFiles = true;
                        case DRIVER_JAVA_OPTIONS -> hasDriverJavaOptions = true;
                        default -> { }
                    }
                }
            }
            options.add(new String[] {name, value});
        }

        private static DeployMode mode(String field, String value) {
            return switch (value) {
                case "client" -> DeployMode.CLIENT;
                case "cluster" -> DeployMode.CLUSTER;
                default -> throw new UserException(field, value, "client or cluster");
            };
        }

        /** The options in the user's order, with our files and logging option merged into theirs. */
        List<String> render(String files, String logOption) {
            List<String> out = new ArrayList<>();
            for (String[] o : options) {
                if (o.length == 1) {
                    out.add(o[0]);
                    continue;
                }
                String name = o[0];
                String value = o[1];
                if (files != null && (name.equals("--files") || isConf(name) && value.startsWith("spark.files="))) {
                    value = value + "," + files;
                } else if (name.equals("--driver-java-options")) {
                    value = logOption + " " + value;
                } else if (isConf(name) && value.startsWith(DRIVER_JAVA_OPTIONS + "=")) {
                    value = DRIVER_JAVA_OPTIONS + "=" + logOption + " " + value.substring(DRIVER_JAVA_OPTIONS.length() + 1);
                }
                out.add(name);
                out.add(value);
            }
            return out;
        }

        private static boolean isConf(String name) { return name.equals("--conf") || name.equals("-c"); }
    }
}

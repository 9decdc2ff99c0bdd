package org.soretstudy.submit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A spark-submit command ready to run: the arguments, the environment changes, and what the launcher needs to say
 * afterwards.
 *
 * @param argv        the command, {@code .../bin/spark-submit} first
 * @param setEnv      variables to set in the child's environment
 * @param unsetEnv    variables to remove from it
 * @param master      the master named in the arguments, or null when spark-submit takes it from its defaults
 * @param deployMode  where the driver runs
 * @param output      the study's output (where the rows go)
 */
public record SubmitCommand(List<String> argv, Map<String, String> setEnv, Set<String> unsetEnv, String master,
                            DeployMode deployMode, String output) {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    public SubmitCommand {
        argv = List.copyOf(argv);
        setEnv = new TreeMap<>(setEnv);
        unsetEnv = new TreeSet<>(unsetEnv);
    }

    /** The command as one shell line (POSIX quoting), environment changes first: what {@code --dry-run} prints. */
    public String shellLine() {
        List<String> words = new ArrayList<>();
        if (!unsetEnv.isEmpty()) {
            words.add("env");
            for (String v : unsetEnv) {
                words.add("-u");
                words.add(v);
            }
        }
        setEnv.forEach((k, v) -> words.add(k + "=" + quote(v)));
        for (String a : argv) {
            words.add(quote(a));
        }
        return String.join(" ", words);
    }

    static String quote(String word) {
        if (!word.isEmpty() && PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

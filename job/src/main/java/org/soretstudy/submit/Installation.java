package org.soretstudy.submit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.soretstudy.error.UserException;

/**
 * Where the pieces of a submission are: the Spark installation ({@code $SPARK_HOME}) and, in this checkout's
 * build, the thin jar and the driver's logging configuration. The launcher names the checkout with
 * {@code -Dsoret.study.home}.
 *
 * @param sparkHome   a folder holding an executable {@code bin/spark-submit}
 * @param thinJar     {@code job/target/soret-study-job-VERSION-thin.jar}
 * @param log4jConfig {@code deploy/conf/soret-study-log4j2.properties}
 */
public record Installation(Path sparkHome, Path thinJar, Path log4jConfig) {
    public static final String HOME_PROPERTY = "soret.study.home";

    /** Finds the pieces from the launcher's property and the environment; anything missing is a UserException. */
    public static Installation locate(String soretStudyHome, Map<String, String> environment) {
        Path spark = sparkHome(environment.get("SPARK_HOME"));
        if (soretStudyHome == null || soretStudyHome.isBlank()) {
            throw new UserException(HOME_PROPERTY, null, "the soret-study checkout; run through deploy/bin/soret-study, which sets it");
        }
        Path home = Path.of(soretStudyHome);
        Path log4j = home.resolve("deploy/conf/soret-study-log4j2.properties");
        if (!Files.isReadable(log4j)) {
            throw new UserException("driver logging configuration", log4j.toString(), "a readable file (it is part of the checkout)");
        }
        return new Installation(spark, thinJar(home.resolve("job/target")), log4j);
    }

    static Path sparkHome(String value) {
        if (value == null || value.isBlank()) {
            throw new UserException("SPARK_HOME", null, "the folder of a Spark 4.2 installation (holding bin/spark-submit), for --runner spark");
        }
        Path submit = Path.of(value).resolve("bin/spark-submit");
        if (!Files.isRegularFile(submit) || !Files.isExecutable(submit)) {
            throw new UserException("SPARK_HOME", value, "a Spark installation: " + submit + " is missing or not executable");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    static Path thinJar(Path target) {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().matches("soret-study-job-.*-thin\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> missingJar(target));
        } catch (IOException e) {
            throw missingJar(target);
        }
    }

    private static UserException missingJar(Path target) {
        return new UserException("thin jar", target.resolve("soret-study-job-*-thin.jar").toString(),
                "built by ./mvnw -B -ntp -DskipTests package");
    }
}

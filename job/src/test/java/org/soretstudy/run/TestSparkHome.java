package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Spark 4.2 installation made of Spark's jars alone (build-notes item 8): {@code job/target/spark-home/jars} is the
 * runtime closure of spark-sql plus spark-yarn, copied by the {@code cluster} profile without anything soret-study
 * adds; this adds {@code bin/spark-class} (Spark's launcher builds the java command), {@code bin/spark-submit} and a
 * {@code RELEASE} file, as a distribution has.
 */
public final class TestSparkHome {
    private TestSparkHome() { }

    public static Path prepare() throws IOException {
        Path home = LoopbackCluster.home().resolve("job/target/spark-home");
        Path jars = home.resolve("jars");
        assertTrue(Files.isDirectory(jars), "the cluster profile copies Spark's jars to " + jars);
        try (Stream<Path> files = Files.list(jars)) {
            List<String> ours = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("soret-study") || n.startsWith("picocli") || n.startsWith("commons-rng")
                            || n.startsWith("jackson-dataformat-yaml"))
                    .toList();
            assertEquals(List.of(), ours, "the test Spark installation must hold nothing of ours");
        }
        Path bin = Files.createDirectories(home.resolve("bin"));
        for (String script : List.of("spark-class", "spark-submit")) {
            try (InputStream in = TestSparkHome.class.getResourceAsStream("spark-home/" + script)) {
                Files.copy(in, bin.resolve(script), StandardCopyOption.REPLACE_EXISTING);
            }
            assertTrue(bin.resolve(script).toFile().setExecutable(true));
        }
        Files.writeString(home.resolve("RELEASE"), "Spark 4.2.0 built for Hadoop 3.5.0 (jars from Maven Central, for soret-study's tests)\n");
        return home;
    }
}

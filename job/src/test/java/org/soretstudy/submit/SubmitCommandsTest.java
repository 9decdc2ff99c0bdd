package org.soretstudy.submit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.error.UserException;

/** The spark-submit command of a study, rule by rule (contract section 3, build-notes pitfalls 7 and 9). */
class SubmitCommandsTest {
    private static final Path HOME = Path.of("/opt/spark");
    private static final Path JAR = Path.of("/build/soret-study-job-1.0-thin.jar");
    private static final Path LOG = Path.of("/build/conf/soret-study-log4j2.properties");
    private static final Path SPEC = Path.of("/studies/uq.json");
    private static final String LOG_OPTION = "spark.driver.extraJavaOptions=-Dlog4j.configurationFile=";

    private static SubmitCommand build(String output, List<String> sparkArgs, Map<String, String> env) {
        return SubmitCommands.build(new SubmitRequest(HOME, JAR, LOG, SPEC, output, List.of("--partitions", "4"), sparkArgs, env));
    }

    @Test
    void clientModeOnALoopbackMasterNamesLocalFilesAndBindsToLoopback() {
        SubmitCommand c = build("out/uq", List.of("--master", "spark://127.0.0.1:7077", "--executor-memory", "2g"), Map.of());
        assertEquals(List.of("/opt/spark/bin/spark-submit", "--class", "org.soretstudy.cli.Main",
                "--master", "spark://127.0.0.1:7077", "--executor-memory", "2g",
                "--conf", LOG_OPTION + LOG, JAR.toString(), "run", SPEC.toString(), "--partitions", "4"), c.argv());
        assertEquals(DeployMode.CLIENT, c.deployMode());
        assertEquals(Map.of("SPARK_LOCAL_IP", "127.0.0.1"), c.setEnv());
        assertTrue(c.unsetEnv().isEmpty());
    }

    @Test
    void clusterModeOnYarnShipsSpecAndLoggingAndNamesThemByBaseName() {
        Map<String, String> launcherDefault = Map.of("SPARK_LOCAL_IP", "127.0.0.1", SubmitCommands.LOCAL_IP_DEFAULTED, "1");
        SubmitCommand c = build("hdfs:///studies/uq", List.of("--master", "yarn", "--deploy-mode", "cluster", "--queue", "uq"),
                launcherDefault);
        assertEquals(List.of("/opt/spark/bin/spark-submit", "--class", "org.soretstudy.cli.Main",
                "--master", "yarn", "--deploy-mode", "cluster", "--queue", "uq",
                "--files", SPEC + "," + LOG, "--conf", LOG_OPTION + "soret-study-log4j2.properties",
                JAR.toString(), "run", "uq.json", "--partitions", "4"), c.argv());
        // the launcher's loopback default would strand a driver that executors on other hosts must reach
        assertEquals(Set.of("SPARK_LOCAL_IP", SubmitCommands.LOCAL_IP_DEFAULTED), c.unsetEnv());
        assertTrue(c.setEnv().isEmpty());
        assertEquals("yarn", c.master());
    }

    @Test
    void aLocalIpTheUserSetIsKept() {
        SubmitCommand c = build("/o", List.of("--master", "yarn"), Map.of("SPARK_LOCAL_IP", "10.1.2.3"));
        assertTrue(c.setEnv().isEmpty());
        assertTrue(c.unsetEnv().isEmpty());
    }

    @Test
    void withoutAMasterSparkSubmitsDefaultsDecideAndNothingIsBoundToLoopback() {
        SubmitCommand c = build("/o", List.of(), Map.of());
        assertNull(c.master());
        assertTrue(c.setEnv().isEmpty());
    }

    @Test
    void standaloneClusterModeNamesFilesByAbsolutePath() {
        SubmitCommand c = build("/data/uq", List.of("--master=spark://127.0.0.1:7077", "--conf", "spark.submit.deployMode=cluster"),
                Map.of());
        assertEquals(DeployMode.CLUSTER, c.deployMode());
        assertTrue(c.argv().contains(LOG_OPTION + LOG), c.argv().toString());
        assertEquals(List.of("run", SPEC.toString(), "--partitions", "4"), c.argv().subList(c.argv().size() - 4, c.argv().size()));
        assertTrue(c.argv().contains(SPEC + "," + LOG));
    }

    @Test
    void theUsersFilesAndDriverOptionsAreMergedNotReplaced() {
        SubmitCommand c = build("s3a://bucket/uq", List.of("--master", "k8s://https://api:6443", "--deploy-mode", "cluster",
                "--files", "extra.txt", "--conf", "spark.driver.extraJavaOptions=-Xss4m"), Map.of());
        List<String> a = c.argv();
        assertEquals("extra.txt," + SPEC + "," + LOG, a.get(a.indexOf("--files") + 1));
        assertEquals(1, a.stream().filter("--files"::equals).count());
        assertTrue(a.contains(LOG_OPTION + "soret-study-log4j2.properties -Xss4m"), a.toString());
        assertEquals(1, a.stream().filter(s -> s.startsWith("spark.driver.extraJavaOptions=")).count());
    }

    @Test
    void badSubmissionsAreUserErrorsNamingTheField() {
        UserException relative = assertThrows(UserException.class,
                () -> build("out/uq", List.of("--master", "yarn", "--deploy-mode", "cluster"), Map.of()));
        assertEquals("output", relative.field());
        assertEquals("--class", assertThrows(UserException.class, () -> build("/o", List.of("--class", "x.Y"), Map.of())).field());
        assertEquals("--deploy-mode", assertThrows(UserException.class,
                () -> build("/o", List.of("--deploy-mode", "remote"), Map.of())).field());
        assertEquals("--master", assertThrows(UserException.class, () -> build("/o", List.of("--master"), Map.of())).field());
        assertEquals("--runner", assertThrows(UserException.class, () -> Runner.parse("yarn")).field());
    }

    @Test
    void loopbackMasters() {
        for (String m : List.of("local", "local[2]", "local[*]", "spark://127.0.0.1:7077", "spark://localhost:7077",
                "spark://[::1]:7077", "spark://127.0.0.1:7077,127.0.0.1:7078")) {
            assertTrue(SubmitCommands.isLoopback(m), m);
        }
        for (String m : List.of("yarn", "spark://head:7077", "spark://10.0.0.5:7077", "k8s://https://127.0.0.2.example.org:6443")) {
            assertFalse(SubmitCommands.isLoopback(m), m);
        }
    }

    @Test
    void theShellLineIsTheCommandAsAShellReadsIt() throws Exception {
        SubmitCommand c = build("/o", List.of("--master", "yarn", "--conf", "spark.driver.extraJavaOptions=-Da='b c' -Dd=\"e\""),
                Map.of("SPARK_LOCAL_IP", "127.0.0.1", SubmitCommands.LOCAL_IP_DEFAULTED, "1"));
        // bash parses the printed line; printf shows each word: they must be argv after the env prefix
        Process p = new ProcessBuilder("bash", "-c", "set -- " + c.shellLine() + "; printf '%s\\n' \"$@\"").start();
        List<String> words = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertEquals(0, p.waitFor());
        assertEquals(List.of("env", "-u", "SORET_STUDY_LOCAL_IP_DEFAULTED", "-u", "SPARK_LOCAL_IP"), words.subList(0, 5));
        assertEquals(c.argv(), words.subList(5, words.size()));
    }

    @Test
    void driverIdsAreFoundInSparkSubmitsOutput() {
        assertEquals("driver-20261204152117-0000",
                SparkSubmitProcess.driverName("INFO ClientEndpoint: Driver successfully submitted as driver-20261204152117-0000"));
        assertEquals("application_1733300000000_0001",
                SparkSubmitProcess.driverName("INFO Client: Submitted application application_1733300000000_0001"));
        assertEquals("uq-4f2a-driver", SparkSubmitProcess.driverName("\t pod name: uq-4f2a-driver"));
        assertNull(SparkSubmitProcess.driverName("INFO Utils: Successfully started service"));
        assertTrue(SparkSubmitProcess.whereIsTheLog("yarn", "application_1_2").contains("yarn logs -applicationId application_1_2"));
    }

    @Test
    void aMissingSparkInstallationIsAUserError(@TempDir Path dir) throws IOException {
        assertEquals("SPARK_HOME", assertThrows(UserException.class, () -> Installation.sparkHome(null)).field());
        UserException noSubmit = assertThrows(UserException.class, () -> Installation.sparkHome(dir.toString()));
        assertEquals("SPARK_HOME", noSubmit.field());
        Path submit = Files.createDirectories(dir.resolve("bin")).resolve("spark-submit");
        Files.writeString(submit, "#!/bin/sh\n");
        assertTrue(submit.toFile().setExecutable(true));
        assertEquals(dir.toAbsolutePath(), Installation.sparkHome(dir.toString()));
        assertEquals("thin jar", assertThrows(UserException.class, () -> Installation.thinJar(dir)).field());
    }
}

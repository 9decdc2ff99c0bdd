package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.soretstudy.spec.SpecParser;

/**
 * The YARN round trip, as Spark's own YARN suites test it: an in-process MiniYARNCluster and MiniDFSCluster, the
 * study submitted by {@code soret-study run --runner spark -- --master yarn --deploy-mode cluster} through the test
 * Spark installation's spark-submit (the driver runs in the YARN application master, the spec travels with --files),
 * the output written to HDFS, read back and compared with the embedded run, by sample_id. Recipe and timings:
 * build-notes, YARN section. Profile {@code cluster} (tag yarn).
 */
@Tag("yarn")
class YarnRoundTripTest {
    static final long ROWS = 20_000;
    @TempDir
    static Path dir;

    @Test
    void aStudySubmittedToYarnInClusterModeWritesTheEmbeddedRowsToHdfs() throws Exception {
        Path sparkHome = TestSparkHome.prepare();
        Path reference = dir.resolve("embedded");
        new StudyRunner(SharedSpark.get()).run(SpecParser.parse(StudyRunnerTest.spec(reference.toString(), ROWS)), RunOptions.quiet());

        MiniDFSCluster hdfs = null;
        MiniYARNCluster yarn = null;
        try {
            Configuration dfsConf = new Configuration();
            dfsConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
            hdfs = new MiniDFSCluster.Builder(dfsConf).numDataNodes(1).build();
            hdfs.waitActive();
            String fsUri = "hdfs://127.0.0.1:" + hdfs.getNameNodePort();

            yarn = new MiniYARNCluster("soret-yarn", 1, 1, 1);
            yarn.init(yarnConf(fsUri));
            yarn.start();
            Configuration live = yarn.getConfig();
            long end = System.nanoTime() + 60_000_000_000L;
            while (live.get(YarnConfiguration.RM_ADDRESS, ":0").endsWith(":0") && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            live.set("fs.defaultFS", fsUri);
            Path confDir = Files.createDirectories(dir.resolve("hadoop-conf"));
            for (String name : List.of("yarn-site.xml", "core-site.xml")) {
                try (OutputStream out = Files.newOutputStream(confDir.resolve(name))) {
                    live.writeXml(out);
                }
            }

            String output = fsUri + "/studies/yarn";
            Path specFile = Files.writeString(dir.resolve("yarn-study.json"), StudyRunnerTest.spec(output, ROWS));
            String java = System.getProperty("java.home");
            LoopbackCluster.Result r = LoopbackCluster.run(LoopbackCluster.launcher("run", specFile.toString(), "--runner", "spark",
                    "--", "--master", "yarn", "--deploy-mode", "cluster",
                    // Spark's jars from the node's disk: a file: list would upload ~300 MB to HDFS per application
                    "--conf", "spark.yarn.jars=local:" + sparkHome.resolve("jars") + "/*",
                    "--conf", "spark.yarn.maxAppAttempts=1",
                    "--conf", "spark.driver.memory=512m", "--conf", "spark.executor.memory=512m",
                    "--conf", "spark.executor.instances=1", "--conf", "spark.executor.cores=1",
                    "--conf", "spark.yarn.appMasterEnv.JAVA_HOME=" + java, "--conf", "spark.executorEnv.JAVA_HOME=" + java,
                    // the minicluster's containers run on this machine: loopback for driver and executors
                    "--conf", "spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1", "--conf", "spark.executorEnv.SPARK_LOCAL_IP=127.0.0.1",
                    "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1"),
                    Map.of("SPARK_HOME", sparkHome.toString(), "HADOOP_CONF_DIR", confDir.toString(), "JAVA_HOME", java),
                    dir.resolve("yarn-submit.log"), 480);
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("yarn logs -applicationId application_"), r.output());

            FileSystem fs = hdfs.getFileSystem();
            assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/studies/yarn/summary.json")));
            Path copy = dir.resolve("from-hdfs");
            fs.copyToLocalFile(new org.apache.hadoop.fs.Path("/studies/yarn/samples"), new org.apache.hadoop.fs.Path(copy.resolve("samples").toUri()));
            LoopbackCluster.assertSameRows(reference, copy, ROWS);
        } finally {
            if (yarn != null) {
                yarn.stop();
            }
            if (hdfs != null) {
                hdfs.shutdown();
            }
        }
    }

    /** Spark's BaseYarnClusterSuite settings (build-notes): one queue, no disk check, small containers on loopback. */
    private static YarnConfiguration yarnConf(String fsUri) {
        YarnConfiguration c = new YarnConfiguration();
        c.set("fs.defaultFS", fsUri);
        c.set("yarn.scheduler.capacity.root.queues", "default");
        c.set("yarn.scheduler.capacity.root.default.capacity", "100");
        c.set("yarn.scheduler.capacity.root.default.user-limit-factor", "1");
        c.set("yarn.scheduler.capacity.root.default.maximum-capacity", "100");
        c.set("yarn.scheduler.capacity.root.default.state", "RUNNING");
        c.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
        c.set("yarn.scheduler.capacity.root.default.acl_administer_queue", "*");
        c.set("yarn.scheduler.capacity.node-locality-delay", "-1");
        c.set("yarn.nodemanager.disk-health-checker.max-disk-utilization-per-disk-percentage", "100.0");
        c.set("yarn.resourcemanager.hostname", "127.0.0.1");
        c.set("yarn.nodemanager.resource.memory-mb", "4096");
        c.set("yarn.nodemanager.resource.cpu-vcores", "4");
        c.set("yarn.scheduler.minimum-allocation-mb", "256");
        c.set("yarn.nodemanager.pmem-check-enabled", "false");
        c.set("yarn.nodemanager.vmem-check-enabled", "false");
        return c;
    }
}

package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any Hadoop FileSystem URI is an output: a study written to an in-JVM HDFS and read back by Spark (profile hdfs). */
@Tag("hdfs")
class HdfsOutputTest {
    @TempDir
    static Path base;
    private static MiniDFSCluster hdfs;

    @BeforeAll
    static void startHdfs() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, base.resolve("hdfs").toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown();
        }
    }

    @Test
    void aStudyWritesToHdfsAndResumesThere() throws Exception {
        String out = "hdfs://127.0.0.1:" + hdfs.getNameNodePort() + "/studies/e2e";
        StudyRunner runner = new StudyRunner(SharedSpark.get());
        RunReport report = runner.run(StudyRunnerTest.parse(StudyRunnerTest.spec(out, 30_000)), RunOptions.quiet());
        assertEquals(30_000, report.solvedRows());
        Dataset<Row> rows = SharedSpark.get().read().parquet(out + "/samples");
        assertEquals(30_000, rows.count());
        assertEquals(30_000, rows.select("sample_id").distinct().count());
        FileSystem fs = hdfs.getFileSystem();
        assertTrue(fs.exists(new org.apache.hadoop.fs.Path("/studies/e2e/summary.json")));
        // the same spec again: a finished study is left as it is
        assertEquals(0, runner.run(StudyRunnerTest.parse(StudyRunnerTest.spec(out, 30_000)), RunOptions.quiet()).solvedRows());
    }
}

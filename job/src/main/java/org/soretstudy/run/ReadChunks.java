package org.soretstudy.run;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.soretstudy.io.ChunkReader;
import org.soretstudy.io.ChunkRow;
import org.soretstudy.solver.OutputField;
import org.soretstudy.spec.StudySpec;

/**
 * Reads committed chunks back (resume, summarize) through the same accumulation path as solving, so a resumed
 * study's statistics equal an uninterrupted one's. A chunk whose rows are not exactly its sample_ids in order
 * is an error: the folder was tampered with.
 */
final class ReadChunks extends ChunkFunction {
    private static final long serialVersionUID = 1L;

    ReadChunks(String specJson, StudyPlan plan, URI output, Map<String, String> hadoopConf) {
        super(specJson, plan, output, hadoopConf);
    }

    @Override
    Partition open(StudySpec spec) {
        double[] values = new double[OutputField.ALL.length];
        return new Partition() {
            @Override
            public void fill(Configuration conf, URI out, long chunk, RowAccumulator rows) throws IOException {
                long expected = plan.start(chunk);
                try (ChunkReader reader = ChunkReader.open(conf, out, chunk)) {
                    while (reader.next()) {
                        ChunkRow row = reader.row();
                        if (row.sampleId() != expected) {
                            throw new IOException("chunk " + chunk + ": sample_id " + row.sampleId() + " where " + expected + " was expected");
                        }
                        for (OutputField f : OutputField.ALL) {
                            values[f.ordinal()] = row.get(f);
                        }
                        rows.add(expected++, row.status(), values);
                    }
                }
                if (expected != plan.end(chunk)) {
                    throw new IOException("chunk " + chunk + " holds " + (expected - plan.start(chunk)) + " rows, not "
                            + (plan.end(chunk) - plan.start(chunk)));
                }
            }

            @Override
            public boolean timed() {
                return false;
            }
        };
    }
}

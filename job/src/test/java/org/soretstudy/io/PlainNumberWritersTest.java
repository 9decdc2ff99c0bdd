package org.soretstudy.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.SplittableRandom;

import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.Test;

/** Our PLAIN doubles and longs are byte for byte what Parquet's own {@link PlainValuesWriter} writes. */
class PlainNumberWritersTest {
    @Test
    void pagesHoldParquetsOwnBytes() throws IOException {
        PlainValuesWriter parquet = new PlainValuesWriter(64, 1 << 20, new HeapByteBufferAllocator());
        PlainNumberWriters.Plain ours = new PlainNumberWriters.Plain(64); // grows many times below
        SplittableRandom random = new SplittableRandom(3);
        double[] special = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8_0000_0000_0001L), Double.MIN_VALUE,
            -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-310, 5.4e-3};
        for (int page = 0; page < 3; page++) { // reset between pages, as a column writer does
            for (double v : special) {
                parquet.writeDouble(v);
                ours.writeDouble(v);
            }
            for (int i = 0; i < 10_000 * (page + 1); i++) {
                double v = Double.longBitsToDouble(random.nextLong()); // any bits, NaN payloads included
                parquet.writeDouble(v);
                ours.writeDouble(v);
                long l = random.nextLong();
                parquet.writeLong(l);
                ours.writeLong(l);
            }
            assertEquals(parquet.getBufferedSize(), ours.getBufferedSize());
            assertArrayEquals(parquet.getBytes().toByteArray(), ours.getBytes().toByteArray(), "page " + page);
            parquet.reset();
            ours.reset();
        }
        assertEquals(Encoding.PLAIN, ours.getEncoding());
    }

    @Test
    void onlyPlainNumberColumnsTakeIt() {
        MessageType schema = StudyRows.SCHEMA.messageType();
        ParquetProperties props = ParquetProperties.builder().withDictionaryEncoding(false)
                .withDictionaryEncoding(StudySchema.STATUS, true).withValuesWriterFactory(new PlainNumberWriters()).build();
        for (ColumnDescriptor column : schema.getColumns()) {
            ValuesWriter w = props.newValuesWriter(column);
            switch (column.getPrimitiveType().getPrimitiveTypeName()) {
                case DOUBLE, INT64 -> assertInstanceOf(PlainNumberWriters.Plain.class, w, column.toString());
                default -> assertNotEquals(PlainNumberWriters.Plain.class, w.getClass(), column.toString());
            }
        }
    }
}

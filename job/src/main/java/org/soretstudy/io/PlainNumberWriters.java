package org.soretstudy.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * Parquet's values writers, except for the plain encoding of doubles and longs: Parquet writes each of those through
 * a little-endian data stream, byte array by byte array (a third of the time of writing a chunk row); here a value is
 * one little-endian store into a growing array. The encoding is the same PLAIN, so the pages hold the same bytes.
 * Dictionary and byte-stream-split columns keep Parquet's own writers.
 */
final class PlainNumberWriters implements ValuesWriterFactory {
    private final DefaultValuesWriterFactory parquets = new DefaultValuesWriterFactory();
    private ParquetProperties properties;

    @Override
    public void initialize(ParquetProperties props) {
        this.properties = props;
        parquets.initialize(props);
    }

    @Override
    public ValuesWriter newValuesWriter(ColumnDescriptor column) {
        PrimitiveTypeName type = column.getPrimitiveType().getPrimitiveTypeName();
        boolean number = type == PrimitiveTypeName.DOUBLE || type == PrimitiveTypeName.INT64;
        if (number && !properties.isDictionaryEnabled(column) && !properties.isByteStreamSplitEnabled(column)) {
            return new Plain(properties.getInitialSlabSize());
        }
        return parquets.newValuesWriter(column);
    }

    /** PLAIN doubles and longs: 8 little-endian bytes each (a double by its canonical bits, as Parquet writes it). */
    static final class Plain extends ValuesWriter {
        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
        private byte[] bytes;
        private int size;

        Plain(int initialBytes) {
            bytes = new byte[Math.max(64, initialBytes)];
        }

        @Override
        public void writeDouble(double v) {
            writeLong(Double.doubleToLongBits(v));
        }

        @Override
        public void writeLong(long v) {
            if (size + 8 > bytes.length) {
                bytes = Arrays.copyOf(bytes, 2 * bytes.length);
            }
            LONGS.set(bytes, size, v);
            size += 8;
        }

        @Override
        public long getBufferedSize() {
            return size;
        }

        /** The page's bytes: a view, read before {@link #reset()} (the page writer compresses it at once). */
        @Override
        public BytesInput getBytes() {
            return BytesInput.from(bytes, 0, size);
        }

        @Override
        public Encoding getEncoding() {
            return Encoding.PLAIN;
        }

        @Override
        public void reset() {
            size = 0;
        }

        @Override
        public long getAllocatedSize() {
            return bytes.length;
        }

        @Override
        public String memUsageString(String prefix) {
            return prefix + " PLAIN " + size + " bytes of " + bytes.length;
        }
    }
}

package org.soretstudy.io;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import org.apache.parquet.io.api.Binary;
import org.soretstudy.solver.Convection;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.Status;

/**
 * The string columns whose values are enum keys (status, convection, reason_code), encoded once for the
 * {@link ChunkFileWriter} and matched back by the {@link ChunkFileReader}: index i is the key of the enum's
 * constant of ordinal i, so no row encodes or decodes a string.
 */
final class EnumColumns {
    static final Binary[] STATUS = encode(Status.values().length, i -> Status.values()[i].key());
    static final Binary[] CONVECTION = encode(Convection.values().length, i -> Convection.values()[i].key());
    static final Binary[] REASON_CODE = encode(ReasonCode.values().length, i -> ReasonCode.values()[i].key());

    private EnumColumns() { }

    /** The ordinal whose key is {@code value}, -1 when none is. */
    static int find(Binary[] keys, Binary value) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(value)) {
                return i;
            }
        }
        return -1;
    }

    /** The ordinal whose key is {@code value}; a value no key has means the file is not a chunk of this version. */
    static int match(Binary[] keys, Binary value) {
        int i = find(keys, value);
        if (i < 0) {
            throw new IllegalStateException("unexpected value '" + value.toStringUsingUTF8() + "' in a chunk file");
        }
        return i;
    }

    private static Binary[] encode(int n, IntFunction<String> key) {
        Binary[] b = new Binary[n];
        for (int i = 0; i < n; i++) {
            b[i] = Binary.fromConstantByteArray(key.apply(i).getBytes(StandardCharsets.UTF_8));
        }
        return b;
    }
}

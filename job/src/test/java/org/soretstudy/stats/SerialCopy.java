package org.soretstudy.stats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Java-serialisation round trips, as Spark does when a task returns an accumulator to the driver. */
final class SerialCopy {
    private SerialCopy() {}

    static byte[] bytes(Serializable object) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(buffer)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static <T extends Serializable> T copy(T object) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes(object)))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

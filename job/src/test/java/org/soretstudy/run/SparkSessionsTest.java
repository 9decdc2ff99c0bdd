package org.soretstudy.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.soretstudy.error.UserException;

/** Which masters the driver takes before Spark starts (Spark's own parser would log a stack trace). */
class SparkSessionsTest {
    @Test
    void theMasterFormsSparkParsesAreTakenAndOthersNamed() {
        for (String master : new String[] {"local", "local[*]", "local[4]", "local[2, 3]", "local[*,1]",
                "local-cluster[2, 1, 1024]", "spark://head:7077", "spark://a:7077,b:7077"}) {
            assertDoesNotThrow(() -> SparkSessions.requireUsable(master), master);
        }
        for (String master : new String[] {"lokal[2]", "local[x]", "local[2", "mesos://head:5050", "", "YARN"}) {
            UserException e = assertThrows(UserException.class, () -> SparkSessions.requireUsable(master), master);
            assertTrue(e.getMessage().contains("--master") && e.getMessage().contains("local[*]"), e.getMessage());
        }
    }
}

package org.soretstudy.sampling;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The executor path (Sampler.values) allocates nothing per call: HotSpot's per-thread allocation counter. */
class AllocationTest {

    @Test
    void samplerValuesAllocatesNothing() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean hs = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(hs.isThreadAllocatedMemorySupported() && hs.isThreadAllocatedMemoryEnabled());
        List<Parameter> params = List.of(
                new Parameter("a", Distribution.uniform(0, 1)),
                new Parameter("b", Distribution.normal(0.5, 0.01, 0.45, 0.55)),
                new Parameter("c", Distribution.lognormal(9.5e-10, 1.05)),
                new Parameter("d", Distribution.beta(2, 3, 0, 1)),
                new Parameter("e", Distribution.discrete(new double[] {1, 2, 3}, null)));
        long tid = Thread.currentThread().getId();
        for (DesignType type : List.of(DesignType.RANDOM, DesignType.LHS, DesignType.SOBOL, DesignType.SALTELLI)) {
            Sampler s = Sampler.of(type, 4096, 1, params);
            double[] out = new double[5];
            double sink = 0;
            for (long i = 0; i < 4096; i++) { // warm up
                s.values(i, out);
                sink += out[0];
            }
            long before = hs.getThreadAllocatedBytes(tid);
            for (long i = 0; i < 4096; i++) {
                s.values(i, out);
                sink += out[0];
            }
            long allocated = hs.getThreadAllocatedBytes(tid) - before;
            // any object is at least 16 bytes: fewer bytes than calls means no per-call allocation
            // (the counter itself and class loading may account for a few hundred bytes)
            assertTrue(allocated < 4096, type + " allocated " + allocated + " bytes (sink " + sink + ")");
            Sampler.Cursor warm = s.cursor(0);
            for (long i = 0; i < 2048; i++) {
                warm.next(out);
                sink += out[0];
            }
            Sampler.Cursor cursor = s.cursor(2048);
            before = hs.getThreadAllocatedBytes(tid);
            for (long i = 2048; i < 4096; i++) {
                cursor.next(out);
                sink += out[0];
            }
            allocated = hs.getThreadAllocatedBytes(tid) - before;
            assertTrue(allocated < 2048, type + " cursor allocated " + allocated + " bytes (sink " + sink + ")");
        }
    }
}

package org.soretstudy.sampling;

/**
 * Independent uniforms: coordinate j of row i is word (j mod 4) of the Philox4x64-10 block with key
 * (seed, {@link #STREAM}) and counter (i, j / 4, 0, 0), mapped to the midpoint of its 2^-52 cell ({@link Philox#toUnit}).
 */
public final class RandomDesign implements Design {
    private static final long serialVersionUID = 1L;
    /** Second key word: separates this design's numbers from every other use of the seed. */
    public static final long STREAM = 0x52414E444F4D0001L; // "RANDOM" 1

    private final long size;
    private final int dimension;
    private final long seed;

    public RandomDesign(long size, int dimension, long seed) {
        if (size < 1 || dimension < 1) {
            throw new IllegalArgumentException("size and dimension must be positive");
        }
        this.size = size;
        this.dimension = dimension;
        this.seed = seed;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void point(long index, double[] unitOut) {
        Design.checkIndex(index, size);
        for (int j = 0; j < dimension; j += 4) {
            Philox.fillUnit(seed, STREAM, index, j >>> 2, 0, 0, unitOut, j, Math.min(4, dimension - j));
        }
    }

    @Override
    public String algorithm() {
        return "random/" + Philox.NAME + "/key=(seed," + Long.toHexString(STREAM) + ")/counter=(index,j/4,0,0)/v1";
    }
}

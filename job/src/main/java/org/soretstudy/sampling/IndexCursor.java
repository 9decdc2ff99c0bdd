package org.soretstudy.sampling;

/** The plain cursor: {@link Sampler#values} of each index in turn. */
final class IndexCursor implements Sampler.Cursor {
    private final Sampler sampler;
    private long index;

    IndexCursor(Sampler sampler, long startIndex) {
        if (startIndex < 0 || startIndex > sampler.size()) {
            throw new IndexOutOfBoundsException("start " + startIndex + " outside [0, " + sampler.size() + "]");
        }
        this.sampler = sampler;
        this.index = startIndex;
    }

    @Override
    public long index() {
        return index;
    }

    @Override
    public void next(double[] out) {
        sampler.values(index, out);
        index++;
    }
}

package org.soretstudy.surrogate;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.soretstudy.run.RunReport;
import org.soretstudy.solver.table.TableAxis;

/**
 * What {@code soret-study table} built.
 *
 * @param table          the {@code table/} folder
 * @param axes           the final axes
 * @param outputs        output names, in file order
 * @param maxError       per output, the largest cell bound (NaN: none known)
 * @param tolerances     per output, the tolerance (NaN: none)
 * @param cellsAbove     per output, cells whose bound exceeds the tolerance (0 without one)
 * @param cellsUnknown   per output, cells without a bound
 * @param rounds         solve-and-check rounds (1 without a tolerance)
 * @param solves         cell solves of the rounds (grid points and check points)
 * @param tableSeconds   wall time of the rounds
 * @param samples        the run that wrote samples/ and summary.json for the final grid
 */
public record TableBuild(URI table, List<TableAxis> axes, List<String> outputs, double[] maxError, double[] tolerances,
                         long[] cellsAbove, long[] cellsUnknown, int rounds, long solves, double tableSeconds,
                         RunReport samples) {

    public long points() { return TableGrid.count(TableGrid.pointSizes(axes)); }

    public long cells() { return TableGrid.count(TableGrid.cellSizes(axes)); }

    public String describe() {
        StringBuilder s = new StringBuilder(samples.describe()).append('\n');
        s.append(String.format(Locale.ROOT, "[soret-study] table: %s = %,d points, %,d cells, %d round%s, %,d solves in %.1f s%n",
                TableErrors.shape(axes), points(), cells(), rounds, rounds == 1 ? "" : "s", solves, tableSeconds));
        for (int o = 0; o < outputs.size(); o++) {
            s.append(String.format(Locale.ROOT, "[soret-study]   %s: largest cell bound %.3g", outputs.get(o), maxError[o]));
            if (!Double.isNaN(tolerances[o])) {
                s.append(String.format(Locale.ROOT, ", tolerance %.3g: %,d cells above", tolerances[o], cellsAbove[o]));
            }
            if (cellsUnknown[o] > 0) {
                s.append(String.format(Locale.ROOT, ", %,d cells without a bound (a point there is not ok)", cellsUnknown[o]));
            }
            s.append('\n');
        }
        s.append("[soret-study] table:   ").append(table).append("/table.json");
        return s.toString();
    }
}

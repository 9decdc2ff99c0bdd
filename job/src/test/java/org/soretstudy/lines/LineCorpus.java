package org.soretstudy.lines;

import java.util.SplittableRandom;

/**
 * A seeded mix of {@code solve} input lines of every kind: ok steady and transient cells, inadmissible points, bad
 * JSON, wrong types, unknown and repeated keys, gas cells, escaped and non-ASCII ids, blank lines, spaces.
 */
final class LineCorpus {
    private LineCorpus() { }

    static String line(int i, SplittableRandom rng) {
        String cell = "\"length\": 0.01, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": " + (0.1 + 0.8 * rng.nextDouble())
                + ", \"diffusion\": " + (1e-9 * (0.5 + rng.nextDouble())) + ", \"soret\": 3e-3";
        return switch (rng.nextInt(20)) {
            case 0 -> "{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 300.5"; // truncated
            case 1 -> "{\"id\": " + i + ", \"length\": -1, \"t_hot\": 300.5, \"t_cold\": 299.5, \"c0\": 0.5, \"diffusion\": 1e-9, \"soret\": 3e-3}";
            case 2 -> "{\"id\": " + i + ", " + cell + ", \"colour\": 1}";
            case 3 -> "[1, 2, 3]";
            case 4 -> "";
            case 5 -> "{\"id\": \"cell-" + i + "\", " + cell + ", \"mode\": \"transient\", \"times\": [100, 1e3], \"cells\": 16,"
                    + " \"density\": 1000, \"heat_capacity\": 4000, \"conductivity\": 0.6}";
            case 6 -> "{\"id\": \"caf\\u00e9 " + i + "\", " + cell + "}"; // escaped id: the full reader
            case 7 -> "{\"id\": \"é" + i + "\", " + cell + ", \"length\": 0.02}"; // non-ASCII id, repeated key
            case 8 -> "{\"id\": " + i + ", " + cell + ", \"closure\": \"dilute\", \"soret\": \"x\"}";
            case 9 -> "{\"id\": " + i + ".0, " + cell + ", \"mode\": \"sideways\"}";
            case 10 -> "{\"id\": " + i + ", \"length\": 0.01, \"t_hot\": 310, \"t_cold\": 290, \"gas\": {\"pressure\": 101325, \"x1\": 0.5,"
                    + " \"species\": [{\"molar_mass\": 0.004, \"sigma\": 2.576e-10, \"epsilon_k\": 10.2},"
                    + " {\"molar_mass\": 0.0399, \"sigma\": 3.432e-10, \"epsilon_k\": 122.4}]}}";
            case 11 -> "  { \"id\" : -" + i + " , " + cell.replace(", ", " ,\t") + " , \"gravity\": 9.81, \"thermal_expansion\": 2e-4,"
                    + " \"solutal_expansion\": 0.1, \"viscosity\": 1e-6, \"density\": 1e3, \"heat_capacity\": 4e3,"
                    + " \"conductivity\": 0.6 }  ";
            case 12 -> "{\"id\": null, " + cell + ", \"thermo\": \"ideal\", \"molar_mass_1\": 0.1, \"molar_mass_2\": 0.2,"
                    + " \"density\": 1000, \"heat_capacity\": 4000, \"conductivity\": 0.6}";
            case 13 -> "{\"id\": true, " + cell + ", \"cells\": 0}";
            case 14 -> "{\"id\": " + i + ", " + cell + "} trailing";
            default -> "{\"id\": " + i + ", " + cell + "}";
        };
    }

    /** {@code n} lines, ended by {@code \n}, {@code \r\n} or {@code \r} at random; the last one may have no end. */
    static String text(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < n; i++) {
            in.append(line(i, rng));
            if (i < n - 1 || rng.nextBoolean()) {
                int end = rng.nextInt(10);
                in.append(end == 0 ? "\r\n" : end == 1 ? "\r" : "\n");
            }
        }
        return in.toString();
    }
}

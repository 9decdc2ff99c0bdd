package org.soretstudy.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One test per source: the numbers loaded from curated.json equal the ones the source gives, restated here
 * from the source (not from the file).
 */
class CuratedDataTest {
    private final CuratedData data = CuratedData.load();

    private static void assertSpecies(Species s, double molarMassGPerMol, double sigmaAngstrom, double epsilonK) {
        assertEquals(molarMassGPerMol * 1e-3, s.molarMass(), 1e-12, s.name());
        assertEquals(sigmaAngstrom * 1e-10, s.sigma(), 1e-16, s.name());
        assertEquals(epsilonK, s.epsilonK(), 1e-12, s.name());
    }

    /**
     * Svehla, NASA TR R-132 (1962), as in Poling, Prausnitz & O'Connell, 5th ed., Appendix B (sigma in angstrom,
     * epsilon/k in K), with CIAAW 2013 standard atomic weights (g/mol). The sigma and epsilon/k below are those of
     * two copies of the table: a repository table read from the NASA TR R-132 scan (pp. 22-25; all but Xe sigma)
     * and equinor/neqsim Diffusivity.java (Poling / Bird-Stewart-Lightfoot Table E.1; all ten).
     */
    @Test
    void lennardJonesParametersOfSvehla1962() {
        Map<String, Species> s = data.species();
        assertSpecies(s.get("He"), 4.002602, 2.551, 10.22);
        assertSpecies(s.get("Ne"), 20.1797, 2.820, 32.8);
        assertSpecies(s.get("Ar"), 39.948, 3.542, 93.3);
        assertSpecies(s.get("Kr"), 83.798, 3.655, 178.9);
        assertSpecies(s.get("Xe"), 131.293, 4.047, 231.0);
        assertSpecies(s.get("H2"), 2.01588, 2.827, 59.7);
        assertSpecies(s.get("N2"), 28.0134, 3.798, 71.4);
        assertSpecies(s.get("O2"), 31.9988, 3.467, 106.7);
        assertSpecies(s.get("CO2"), 44.0095, 3.941, 195.2);
        assertSpecies(s.get("CH4"), 16.0425, 3.758, 148.6);
        Source svehla = s.get("Ar").source();
        assertTrue(svehla.verified(), "checked against two copies of the table");
        assertTrue(svehla.verifiedFrom().contains("R-132") && svehla.verifiedFrom().contains("neqsim"), svehla.verifiedFrom());
        assertFalse(s.get("Ar").massSource().verified(), "the CIAAW report itself was not read");
    }

    /** Marrero & Mason (1972) via the CRC table "Diffusion in gases", 293.15 K, 101.325 kPa, cm^2/s. */
    @Test
    void diffusionCoefficientsOfMarreroMason1972() {
        Map<String, Double> expected = Map.of("Ar-He", 0.726, "Ar-Ne", 0.313, "Ar-Kr", 0.134, "Ar-Xe", 0.108);
        int seen = 0;
        for (Measurement m : data.measurements()) {
            if (m.source().id().equals("marrero1972")) {
                String pair = m.species().get(0).name() + "-" + m.species().get(1).name();
                assertEquals(expected.get(pair) * 1e-4, m.value(), 1e-12, pair);
                assertEquals(293.15, m.temperature());
                assertEquals(101325, m.pressure());
                seen++;
            }
        }
        assertEquals(4, seen);
        assertTrue(data.sources().get("marrero1972").verified());
    }

    /**
     * Two-bulb diffusion coefficients (abstract, Scilit): at 1 atm, log10 D = 1.684 log10 T - 4.2902 (He-Ar),
     * 1.955 log10 T - 5.7807 (Ar-Xe), 1.720 log10 T - 4.5251 (He-Xe), D in cm^2/s, T in K, 0 to 120 C. Each
     * curated value is its correlation at the stated temperature, to 4 significant digits.
     */
    @Test
    void twoBulbDiffusionCorrelations() {
        Map<String, double[]> correlation = Map.of("He-Ar", new double[] {1.684, 4.2902}, "Ar-Xe", new double[] {1.955, 5.7807},
                "He-Xe", new double[] {1.720, 4.5251});
        int seen = 0;
        for (Measurement m : data.measurements()) {
            if (m.source().id().equals("twobulb_he_ar_xe")) {
                double[] c = correlation.get(m.species().get(0).name() + "-" + m.species().get(1).name());
                double expected = Math.pow(10, c[0] * Math.log10(m.temperature()) - c[1]) * 1e-4;
                assertEquals(expected, m.value(), 5e-4 * expected, m.species() + " at " + m.temperature());
                assertTrue(m.temperature() >= 273.15 && m.temperature() <= 393.15, "inside the correlation's range");
                assertEquals(101325, m.pressure());
                seen++;
            }
        }
        assertEquals(4, seen);
        // the correlation reproduces the independent CRC value of He-Ar at 293.15 K (0.726 cm^2/s) within 1 %
        assertEquals(0.726, Math.pow(10, 1.684 * Math.log10(293.15) - 4.2902), 0.01 * 0.726);
    }

    /**
     * Isotopic thermal diffusion factors (abstract): 3He/4He 0.0651 +- 0.0010 at 313 K and 0.0696 +- 0.0010 at
     * 136 K; 20Ne/22Ne 0.0233 +- 0.0020 at 310 K and 0.0166 +- 0.0010 at 136 K.
     */
    @Test
    void isotopicThermalDiffusionFactors() {
        List<Measurement> m = data.measurements().stream().filter(x -> x.source().id().equals("isotopic_he_ne")).toList();
        assertEquals(4, m.size());
        assertEquals(List.of(0.0651, 0.0010, 313.0), List.of(m.get(0).value(), m.get(0).uncertainty(), m.get(0).temperature()));
        assertEquals(List.of(0.0233, 0.0020, 310.0), List.of(m.get(1).value(), m.get(1).uncertainty(), m.get(1).temperature()));
        assertEquals(List.of(0.0696, 0.0010, 136.0), List.of(m.get(2).value(), m.get(2).uncertainty(), m.get(2).temperature()));
        assertEquals(List.of(0.0166, 0.0010, 136.0), List.of(m.get(3).value(), m.get(3).uncertainty(), m.get(3).temperature()));
        assertTrue(Double.isNaN(m.get(0).x1()), "the abstract states no composition");
    }

    /**
     * Isotopic thermal-diffusion factor of argon, J. Chem. Phys. 39 (1963) 3053 (abstract): alpha_0 = 0.485 +- 0.035
     * at 653 K and 0.068 +- 0.015 at 127 K; curated as alpha_T = alpha_0 (m40 - m36)/(m40 + m36), atomic masses
     * 39.96238 and 35.96755 g/mol.
     */
    @Test
    void isotopicThermalDiffusionFactorOfArgon() {
        List<Measurement> m = data.measurements().stream().filter(x -> x.source().id().equals("isotopic_ar1963")).toList();
        assertEquals(2, m.size());
        double reduction = (39.96238 - 35.96755) / (39.96238 + 35.96755);
        double[][] alpha0 = {{653.0, 0.485, 0.035}, {127.0, 0.068, 0.015}};
        for (int i = 0; i < 2; i++) {
            assertEquals(alpha0[i][0], m.get(i).temperature());
            assertEquals(alpha0[i][1] * reduction, m.get(i).value(), 1e-4 * alpha0[i][1] * reduction);
            assertEquals(alpha0[i][2] * reduction, m.get(i).uncertainty(), 5e-3 * alpha0[i][2] * reduction);
            assertEquals(List.of("40Ar", "36Ar"), m.get(i).species().stream().map(Species::name).toList());
        }
        assertEquals(reduction, (m.get(0).species().get(0).molarMass() - m.get(0).species().get(1).molarMass())
                / (m.get(0).species().get(0).molarMass() + m.get(0).species().get(1).molarMass()), 1e-12);
    }

    /**
     * Platten et al. (2003) Fontainebleau benchmark, 50 wt%, 25 C (from memory, unverified): S_T = 9.5e-3, 3.3e-3,
     * 3.9e-3 1/K and D_T = 5.9e-12, 2.8e-12, 3.7e-12 m^2/(s K) for THN/nC12, THN/IBB, IBB/nC12; D = D_T/S_T.
     * Matsuura et al. (2015): S_T uncertainty within 16 % at k = 2, so u(S_T) = 8 % of S_T.
     */
    @Test
    void fontainebleauBenchmarkOfPlatten2003() {
        double[][] stAndDt = {{9.5e-3, 5.9e-12}, {3.3e-3, 2.8e-12}, {3.9e-3, 3.7e-12}};
        String[] names = {"fontainebleau-thn-nc12", "fontainebleau-thn-ibb", "fontainebleau-ibb-nc12"};
        for (int i = 0; i < 3; i++) {
            Entry e = data.entry(names[i]).orElseThrow();
            assertEquals(Kind.LIQUID, e.kind());
            assertEquals(0.5, e.inputs().get("c0"));
            assertEquals(stAndDt[i][0], (Double) e.inputs().get("soret"), 1e-15);
            assertEquals(stAndDt[i][1] / stAndDt[i][0], (Double) e.inputs().get("diffusion"), 0.01 * stAndDt[i][1] / stAndDt[i][0]);
            assertEquals(0.08 * stAndDt[i][0], e.uncertainty().get("soret"), 0.005 * stAndDt[i][0]);
            assertEquals(298.15, 0.5 * ((Double) e.inputs().get("t_hot") + (Double) e.inputs().get("t_cold")), 1e-9, "25 C mean");
            assertFalse(e.verified());
            assertEquals("matsuura2015", e.uncertaintySource().id());
        }
    }

    /**
     * "Pure thermal diffusion. II" (CCl4-C6H12, J. Chem. Phys.): alpha_1 = -1.831 + 0.181 x1 + 0.0104 (T-25)
     * - 0.0008 x1 (T-25), standard error 0.019; 1e5 D (cm^2/s) = 1.481 - 0.187 x1 + 0.0244 (T-25) + 0.0024 x1 (T-25),
     * standard error 0.035. Evaluated here at x1 = 0.5, T = 25 C (298.15 K); S_T = |alpha_1| / T.
     */
    @Test
    void carbonTetrachlorideCyclohexaneCorrelations() {
        Entry e = data.entry("ccl4-c6h12-equimolar").orElseThrow();
        double alpha = -1.831 + 0.181 * 0.5;
        double d = (1.481 - 0.187 * 0.5) * 1e-5 * 1e-4;
        assertEquals(Math.abs(alpha) / 298.15, (Double) e.inputs().get("soret"), 5e-4 * Math.abs(alpha) / 298.15);
        assertEquals(d, (Double) e.inputs().get("diffusion"), 1e-15 * d);
        assertEquals(0.019 / 298.15, e.uncertainty().get("soret"), 0.01 * 0.019 / 298.15);
        assertEquals(0.035e-9, e.uncertainty().get("diffusion"), 1e-20);
        // equimolar: mass fraction of CCl4 = 153.81 / (153.81 + 84.16)
        assertEquals(153.81 / (153.81 + 84.16), (Double) e.inputs().get("c0"), 1e-4);
        assertFalse(e.verified(), "the sign convention is not verified");
    }

    /** A gas entry's inputs are the contract's gas object built from its species. */
    @Test
    void gasEntriesCarryTheContractGasObject() {
        Entry e = data.entry("he-ar").orElseThrow();
        assertEquals(Kind.GAS, e.kind());
        @SuppressWarnings("unchecked")
        Map<String, Object> gas = (Map<String, Object>) e.inputs().get("gas");
        assertEquals(0.5, gas.get("x1"));
        assertEquals(101325.0, gas.get("pressure"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> species = (List<Map<String, Object>>) gas.get("species");
        assertEquals(4.002602e-3, species.get(0).get("molar_mass"));
        assertEquals(3.542e-10, species.get(1).get("sigma"));
        assertTrue(e.uncertainty().isEmpty());
    }

    /**
     * Colloid sources are cited but no Piazza parameter (S_inf, T*, T0) could be read from Iacopini & Piazza (2003),
     * Iacopini, Rusconi & Piazza (2006) or Duhr & Braun (2006): no colloid entry carries a number.
     */
    @Test
    void colloidSourcesAreCitedWithoutInventedNumbers() {
        for (String id : List.of("iacopini2006", "iacopini_piazza2003", "duhr2006")) {
            assertTrue(data.sources().containsKey(id), id);
        }
        assertTrue(data.entries().stream().noneMatch(e -> e.kind() == Kind.COLLOID));
    }

    /**
     * Record-only sources (abstracts read without numbers, or not readable at all): nothing cites them for a number.
     * Braun & Libchaber (2002) state D_T = 0.4e-8 cm^2/(s K) for DNA, kept in the record's text only (no D, no
     * S_T(T) to make an entry). The toluene/n-hexane and water/ethanol-across-composition papers could not be read:
     * cited, unverified, no entry.
     */
    @Test
    void recordOnlySourcesCarryNoNumbers() {
        for (String id : List.of("grew_wakeham1971", "koeniger2009", "braun_libchaber2002", "kolodner1988",
                "koehler_mueller1995", "zhang1996", "iacopini_piazza2003", "iacopini2006", "duhr2006")) {
            assertTrue(data.sources().containsKey(id), id);
            assertTrue(data.entries().stream().noneMatch(e -> e.source().id().equals(id)), id);
            assertTrue(data.measurements().stream().noneMatch(m -> m.source().id().equals(id)), id);
            assertTrue(data.signChanges().stream().noneMatch(c -> c.source().id().equals(id)), id);
        }
        for (String id : List.of("kolodner1988", "koehler_mueller1995", "zhang1996", "iacopini_piazza2003")) {
            assertFalse(data.sources().get(id).verified(), id + " was not read: marked unverified, kept as a record");
        }
        assertTrue(data.sources().get("braun_libchaber2002").where().contains("0.4e-8 cm^2/(s K)"));
    }

    /**
     * Water/ethanol: Kita, Wiegand & Luettmer-Strathmann, J. Chem. Phys. 121 (2004) 3874 (abstract): "the Soret
     * coefficient of water was observed to change sign at a water mass fraction of 0.71". Wang, Afanasenkau &
     * Wiegand, IMT11 (2014) (abstract): at water weight fraction 0.7 "the thermal diffusion coefficient, D_T, of
     * water/ethanol vanishes". Both put the sign change near ethanol mass fraction 0.3, as physics.md section 9 says.
     */
    @Test
    void waterEthanolSignChangeOfKita2004AndWang2014() {
        List<SignChange> changes = data.signChanges();
        assertEquals(2, changes.size());
        SignChange kita = changes.get(0);
        assertEquals("kita2004", kita.source().id());
        assertEquals("water/ethanol", kita.system());
        assertEquals("soret", kita.quantity());
        assertEquals(0.71, kita.massFraction());
        assertTrue(Double.isNaN(kita.temperature()), "the abstract states no temperature for the binary");
        SignChange wang = changes.get(1);
        assertEquals("wang2014", wang.source().id());
        assertEquals("thermal_diffusion", wang.quantity());
        assertEquals(0.7, wang.massFraction());
        for (SignChange c : changes) {
            assertTrue(c.source().verified(), c.source().id());
            // physics.md 9: S_T changes sign near 0.3 ethanol mass fraction (component 1 is water here)
            assertEquals(0.3, 1 - c.massFraction(), 0.02, c.source().id());
        }
    }

    /** A source is verified exactly when it names the copy its numbers were checked against. */
    @Test
    void everyVerifiedSourceNamesWhatWasRead() {
        for (Source s : data.sources().values()) {
            assertEquals(s.verified(), s.verifiedFrom() != null, s.id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CuratedData.parse(
                "{\"sources\": {\"a\": {\"citation\": \"c\", \"where\": \"w\", \"verified\": true}}, \"species\": {},"
                        + " \"entries\": [], \"measurements\": []}"));
        assertTrue(e.getMessage().contains("verified_from"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CuratedData.parse(
                "{\"sources\": {\"a\": {\"citation\": \"c\", \"where\": \"w\", \"verified\": false}}, \"species\": {},"
                        + " \"entries\": [], \"measurements\": [], \"sign_changes\": [{\"system\": \"s\", \"quantity\": \"soret\","
                        + " \"mass_fraction\": 1.5, \"source\": \"a\"}]}"));
    }

    @Test
    void malformedDocumentsAreRefusedWithTheirPlace() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CuratedData.parse("{\"sources\": {}, \"species\": {}, \"entries\": [{\"name\": \"x\", \"kind\": \"liquid\", "
                        + "\"description\": \"d\", \"source\": \"nowhere\", \"verified\": true}], \"measurements\": []}"));
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CuratedData.parse("{\"a\": 1,}"));
    }
}

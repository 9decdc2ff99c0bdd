package org.soretstudy.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.soretstudy.solver.json.StrictJson;

/**
 * The curated published data shipped with soret-study ({@code curated.json}, schema in datasets/README.md):
 * sources, Lennard-Jones species, named mixtures ready for a spec's {@code base}, measurements that
 * validate the kinetic theory, and published sign-change compositions of liquid binaries. Immutable; {@link #load()} reads the copy inside the jar.
 */
public final class CuratedData {
    static final String RESOURCE = "/org/soretstudy/datasets/curated.json";

    private final Map<String, Source> sources;
    private final Map<String, Species> species;
    private final Map<String, Entry> entries;
    private final List<Measurement> measurements;
    private final List<SignChange> signChanges;

    private CuratedData(Map<String, Source> sources, Map<String, Species> species, Map<String, Entry> entries,
            List<Measurement> measurements, List<SignChange> signChanges) {
        this.sources = sources;
        this.species = species;
        this.entries = entries;
        this.measurements = measurements;
        this.signChanges = signChanges;
    }

    private static volatile CuratedData shipped;

    /** The data shipped in the jar (read once). */
    public static CuratedData load() {
        CuratedData d = shipped;
        if (d == null) {
            try (InputStream in = CuratedData.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("curated data missing from the classpath: " + RESOURCE);
                }
                d = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            shipped = d;
        }
        return d;
    }

    /** Reads a curated document (IllegalArgumentException naming the problem when it breaks the schema). */
    public static CuratedData parse(String json) {
        Map<String, Object> root = object(StrictJson.parse(json), "document");
        Map<String, Source> sources = new LinkedHashMap<>();
        object(root.get("sources"), "sources").forEach((id, v) -> {
            Map<String, Object> s = object(v, "sources." + id);
            boolean verified = bool(s, "verified", id);
            String verifiedFrom = (String) s.get("verified_from");
            if (verified != (verifiedFrom != null)) {
                throw new IllegalArgumentException("curated data: sources." + id
                        + " must give verified_from exactly when verified is true (say what copy was read)");
            }
            sources.put(id, new Source(id, text(s, "citation", id), (String) s.get("doi"), text(s, "where", id),
                    verified, verifiedFrom, (String) s.get("note")));
        });
        Map<String, Species> species = new LinkedHashMap<>();
        object(root.get("species"), "species").forEach((name, v) -> {
            Map<String, Object> s = object(v, "species." + name);
            species.put(name, new Species(name, number(s, "molar_mass", name), number(s, "sigma", name),
                    number(s, "epsilon_k", name), source(sources, s.get("source"), name),
                    source(sources, s.get("mass_source"), name)));
        });
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (Object v : list(root.get("entries"), "entries")) {
            Entry e = entry(object(v, "entry"), sources, species);
            if (entries.put(e.name(), e) != null) {
                throw new IllegalArgumentException("curated data: duplicate entry " + e.name());
            }
        }
        List<Measurement> measurements = new ArrayList<>();
        for (Object v : list(root.get("measurements"), "measurements")) {
            Map<String, Object> m = object(v, "measurement");
            measurements.add(new Measurement(text(m, "quantity", "measurement"), speciesList(m.get("species"), species),
                    optional(m, "x1"), number(m, "temperature", "measurement"), optional(m, "pressure"),
                    number(m, "value", "measurement"), optional(m, "uncertainty"), source(sources, m.get("source"), "measurement"),
                    (String) m.get("note")));
        }
        List<SignChange> signChanges = new ArrayList<>();
        for (Object v : list(root.getOrDefault("sign_changes", List.of()), "sign_changes")) {
            Map<String, Object> c = object(v, "sign change");
            double w = number(c, "mass_fraction", "sign change");
            if (!(w > 0 && w < 1)) {
                throw new IllegalArgumentException("curated data: sign change mass_fraction " + w + " outside (0, 1)");
            }
            signChanges.add(new SignChange(text(c, "system", "sign change"), text(c, "quantity", "sign change"), w,
                    optional(c, "temperature"), source(sources, c.get("source"), "sign change"), (String) c.get("note")));
        }
        return new CuratedData(Map.copyOf(sources), unmodifiable(species), unmodifiable(entries), List.copyOf(measurements),
                List.copyOf(signChanges));
    }

    private static Entry entry(Map<String, Object> e, Map<String, Source> sources, Map<String, Species> species) {
        String name = text(e, "name", "entry");
        Kind kind = Kind.of(text(e, "kind", name));
        Map<String, Object> inputs = new LinkedHashMap<>(object(e.getOrDefault("inputs", Map.of()), name + ".inputs"));
        if (e.containsKey("gas")) {
            Map<String, Object> g = object(e.get("gas"), name + ".gas");
            List<Object> lj = new ArrayList<>();
            for (Species s : speciesList(g.get("species"), species)) {
                lj.add(Map.of("molar_mass", s.molarMass(), "sigma", s.sigma(), "epsilon_k", s.epsilonK()));
            }
            inputs.put("gas", Map.of("pressure", number(g, "pressure", name), "x1", number(g, "x1", name), "species", List.copyOf(lj)));
        }
        Map<String, Double> uncertainty = new LinkedHashMap<>();
        object(e.getOrDefault("uncertainty", Map.of()), name + ".uncertainty").forEach((k, u) -> {
            if (!(inputs.get(k) instanceof Double)) {
                throw new IllegalArgumentException("curated data: " + name + ".uncertainty." + k + " has no numeric input");
            }
            uncertainty.put(k, (Double) u);
        });
        Source uncertaintySource = e.containsKey("uncertainty_source") ? source(sources, e.get("uncertainty_source"), name) : null;
        return new Entry(name, kind, text(e, "description", name), inputs, uncertainty, source(sources, e.get("source"), name),
                uncertaintySource, bool(e, "verified", name));
    }

    /** Every entry, in file order. */
    public List<Entry> entries() { return List.copyOf(entries.values()); }

    /** The entry of that name. */
    public Optional<Entry> entry(String name) { return Optional.ofNullable(entries.get(name)); }

    /** Every species by name, in file order. */
    public Map<String, Species> species() { return species; }

    public Map<String, Source> sources() { return sources; }

    public List<Measurement> measurements() { return measurements; }

    /** Published compositions where a liquid binary's S_T changes sign, in file order. */
    public List<SignChange> signChanges() { return signChanges; }

    // ---- schema helpers ----

    private static <V> Map<String, V> unmodifiable(Map<String, V> m) { return java.util.Collections.unmodifiableMap(m); }

    private static List<Species> speciesList(Object v, Map<String, Species> species) {
        List<Species> out = new ArrayList<>();
        for (Object name : list(v, "species list")) {
            Species s = species.get((String) name);
            if (s == null) {
                throw new IllegalArgumentException("curated data: unknown species " + name);
            }
            out.add(s);
        }
        return out;
    }

    private static Source source(Map<String, Source> sources, Object id, String where) {
        Source s = sources.get((String) id);
        if (s == null) {
            throw new IllegalArgumentException("curated data: " + where + " cites an unknown source " + id);
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object v, String where) {
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("curated data: " + where + " must be an object");
        }
        return (Map<String, Object>) v;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object v, String where) {
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("curated data: " + where + " must be an array");
        }
        return (List<Object>) v;
    }

    private static String text(Map<String, Object> m, String key, String where) {
        if (!(m.get(key) instanceof String s)) {
            throw new IllegalArgumentException("curated data: " + where + "." + key + " must be a string");
        }
        return s;
    }

    private static double number(Map<String, Object> m, String key, String where) {
        if (!(m.get(key) instanceof Double d)) {
            throw new IllegalArgumentException("curated data: " + where + "." + key + " must be a number");
        }
        return d;
    }

    private static double optional(Map<String, Object> m, String key) {
        return m.get(key) instanceof Double d ? d : Double.NaN;
    }

    private static boolean bool(Map<String, Object> m, String key, String where) {
        if (!(m.get(key) instanceof Boolean b)) {
            throw new IllegalArgumentException("curated data: " + where + "." + key + " must be true or false");
        }
        return b;
    }
}

package org.soretstudy.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.soretstudy.solver.CellParameters;
import org.soretstudy.solver.Closure;
import org.soretstudy.solver.InitialTemperature;
import org.soretstudy.solver.Mode;
import org.soretstudy.solver.NumericInput;
import org.soretstudy.solver.OutputField;
import org.soretstudy.solver.Reason;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.ResultBuffer;
import org.soretstudy.solver.SoretModel;
import org.soretstudy.solver.Status;
import org.soretstudy.solver.ThermalBc;
import org.soretstudy.solver.ThermoModel;
import org.soretstudy.solver.properties.GasMixture;

/**
 * The JSON form of one cell (contract section 2): input objects into a {@link CellParameters.Builder},
 * results out. A problem with the input (unknown key, wrong type, unknown enumeration value) is recorded in
 * the builder as the point's input error, so it becomes a {@code rejected} result, never an exception.
 */
public final class CellJson {
    /** Keys that are not solver inputs but are allowed on a line. */
    public static final String ID = "id";

    private CellJson() { }

    /** Reads every key of {@code obj} into {@code b}; the first problem is kept as {@code b.inputError()}. */
    public static void read(JsonNode obj, CellParameters.Builder b) {
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            readKey(e.getKey(), e.getValue(), b);
        }
    }

    /** True when {@code key} is an input of contract section 2 (or {@code id}). */
    public static boolean isKnownKey(String key) {
        return NumericInput.fromKey(key) != null || switch (key) {
            case ID, "thermal_bc", "closure", "soret_model", "thermo", "initial_temperature", "mode", "times", "cells", "gas" -> true;
            default -> false;
        };
    }

    private static void readKey(String key, JsonNode v, CellParameters.Builder b) {
        if (v.isNull() || key.equals(ID)) {
            return; // null means "not given"; id is echoed by the caller
        }
        NumericInput numeric = NumericInput.fromKey(key);
        if (numeric != null) {
            if (!v.isNumber()) {
                b.inputError(wrongType(key, "a number", v));
            } else {
                b.set(numeric, v.doubleValue());
            }
            return;
        }
        switch (key) {
            case "thermal_bc" -> enumValue(key, v, b, ThermalBc::fromKey, ThermalBc.values(), ThermalBc::key, b::thermalBc);
            case "closure" -> enumValue(key, v, b, Closure::fromKey, Closure.values(), Closure::key, b::closure);
            case "soret_model" -> enumValue(key, v, b, SoretModel::fromKey, SoretModel.values(), SoretModel::key, b::soretModel);
            case "thermo" -> enumValue(key, v, b, ThermoModel::fromKey, ThermoModel.values(), ThermoModel::key, b::thermo);
            case "initial_temperature" -> enumValue(key, v, b, InitialTemperature::fromKey, InitialTemperature.values(),
                    InitialTemperature::key, b::initialTemperature);
            case "mode" -> enumValue(key, v, b, Mode::fromKey, Mode.values(), Mode::key, b::mode);
            case "times" -> times(v, b);
            case "cells" -> {
                if (!v.canConvertToInt() || !v.isIntegralNumber()) {
                    b.inputError(wrongType(key, "an integer", v));
                } else {
                    b.cells(v.intValue());
                    if (v.intValue() == 0) {
                        b.inputError(new Reason(ReasonCode.OUT_OF_RANGE, key, "cells = 0: must be between 4 and 100000 (omit it for the default)"));
                    }
                }
            }
            case "gas" -> gas(v, b);
            default -> b.inputError(new Reason(ReasonCode.UNKNOWN_KEY, key, "unknown key \"" + key + "\" (see the contract, section 2)"));
        }
    }

    private static <E> void enumValue(String key, JsonNode v, CellParameters.Builder b, Function<String, E> lookup, E[] all,
                                      Function<E, String> keyOf, java.util.function.Consumer<E> set) {
        E e = v.isTextual() ? lookup.apply(v.textValue()) : null;
        if (e == null) {
            List<String> allowed = new ArrayList<>();
            for (E x : all) {
                allowed.add("\"" + keyOf.apply(x) + "\"");
            }
            b.inputError(new Reason(v.isTextual() ? ReasonCode.UNKNOWN_VALUE : ReasonCode.UNPARSEABLE, key,
                    key + " = " + v + ": must be one of " + String.join(", ", allowed)));
        } else {
            set.accept(e);
        }
    }

    private static void times(JsonNode v, CellParameters.Builder b) {
        if (!v.isArray()) {
            b.inputError(wrongType("times", "an array of numbers", v));
            return;
        }
        double[] t = new double[v.size()];
        for (int i = 0; i < t.length; i++) {
            if (!v.get(i).isNumber()) {
                b.inputError(wrongType("times", "an array of numbers", v));
                return;
            }
            t[i] = v.get(i).doubleValue();
        }
        b.times(t);
    }

    private static void gas(JsonNode v, CellParameters.Builder b) {
        JsonNode species = v.get("species");
        if (!v.isObject() || !v.path("pressure").isNumber() || !v.path("x1").isNumber() || species == null || !species.isArray()
                || species.size() != 2) {
            b.inputError(wrongType("gas", "{\"pressure\": Pa, \"x1\": mole fraction, \"species\": [two Lennard-Jones species]}", v));
            return;
        }
        List<GasMixture.LennardJonesSpecies> list = new ArrayList<>();
        for (JsonNode s : species) {
            if (!s.path("molar_mass").isNumber() || !s.path("sigma").isNumber() || !s.path("epsilon_k").isNumber()) {
                b.inputError(wrongType("gas", "species with numeric molar_mass, sigma, epsilon_k", s));
                return;
            }
            list.add(new GasMixture.LennardJonesSpecies(s.get("molar_mass").doubleValue(), s.get("sigma").doubleValue(),
                    s.get("epsilon_k").doubleValue()));
        }
        b.gas(new GasMixture(v.get("pressure").doubleValue(), v.get("x1").doubleValue(), list));
    }

    private static Reason wrongType(String key, String expected, JsonNode v) {
        String shown = v.toString();
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return new Reason(ReasonCode.UNPARSEABLE, key, key + " = " + shown + ": must be " + expected);
    }

    /** Writes one result object: id, status, reason, every output of contract section 2 (null where it does not apply). */
    public static void write(JsonGenerator g, JsonNode id, ResultBuffer r) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        if (id == null) {
            g.writeNull();
        } else {
            g.writeTree(id);
        }
        g.writeStringField("status", r.status().key());
        if (r.reason() == null) {
            g.writeNullField("reason");
        } else {
            g.writeObjectFieldStart("reason");
            g.writeStringField("code", r.reason().code().key());
            g.writeStringField("field", r.reason().field());
            g.writeStringField("message", r.reason().message());
            g.writeEndObject();
        }
        for (OutputField f : OutputField.ALL) {
            double v = r.get(f);
            if (Double.isNaN(v)) {
                g.writeNullField(f.key());
            } else {
                g.writeNumberField(f.key(), v);
            }
        }
        if (r.separationAtCount() < 0) {
            g.writeNullField("separation_at");
        } else {
            g.writeArrayFieldStart("separation_at");
            for (int i = 0; i < r.separationAtCount(); i++) {
                g.writeNumber(r.separationAt(i));
            }
            g.writeEndArray();
        }
        if (r.status() == Status.OK) {
            g.writeStringField("convection", r.convection().key());
        } else {
            g.writeNullField("convection");
        }
        g.writeEndObject();
    }
}

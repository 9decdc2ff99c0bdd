package org.soretstudy.surrogate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.soretstudy.solver.ReasonCode;
import org.soretstudy.solver.table.SurrogateTable;
import org.soretstudy.solver.table.TableAxis;
import org.soretstudy.solver.table.TableWorkspace;

/**
 * {@code soret-study lookup}: one point per JSON line in (the axes' names as keys, {@code id} echoed), one line
 * out per line in, in order: {@code {"id", "status": "ok", "reason": null, OUTPUT: value, OUTPUT_error: bound}},
 * or {@code "status": "rejected"} with a reason {@code {code, field, message}} and null outputs. Reasons:
 * {@code unparseable} (not a JSON object, or an axis that is not a number), {@code missing} (an axis absent),
 * {@code unknown_key}, {@code out_of_range} (outside the table: field is the axis), {@code no_value} (a corner of
 * the point's cell has no value: the solver did not accept that grid point; field is the output). A bound is null
 * when its cell has none. A bad line never stops the stream.
 */
public final class TableLookup {
    /** Reason code of a point whose cell touches a grid point without value. */
    public static final String NO_VALUE = "no_value";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SurrogateTable table;
    private final List<TableAxis> axes;
    private final TableWorkspace ws;
    private final double[] point;
    private final double[] values;
    private final double[] errors;

    public TableLookup(SurrogateTable table) {
        this.table = table;
        this.axes = table.axes();
        this.ws = table.workspace();
        this.point = new double[axes.size()];
        this.values = new double[table.outputs().size()];
        this.errors = new double[table.outputs().size()];
    }

    /** Answers every line of {@code in} into {@code out}; only a failure of the streams themselves throws. */
    public long lookupLines(Reader in, Writer out) throws IOException {
        BufferedReader lines = new BufferedReader(in, 1 << 16);
        JsonGenerator g = MAPPER.getFactory().createGenerator(out);
        g.setRootValueSeparator(null);
        long n = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            lookup(line, g);
            g.writeRaw('\n');
            n++;
        }
        g.flush();
        return n;
    }

    private void lookup(String line, JsonGenerator g) throws IOException {
        JsonNode obj;
        try {
            obj = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            reject(g, null, ReasonCode.UNPARSEABLE.key(), "line", "not valid JSON: " + (msg.length() > 120 ? msg.substring(0, 117) + "..." : msg));
            return;
        }
        if (obj == null || !obj.isObject()) {
            reject(g, null, ReasonCode.UNPARSEABLE.key(), "line", "the line is not a JSON object");
            return;
        }
        JsonNode id = obj.get("id");
        for (Iterator<String> it = obj.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("id") && axes.stream().noneMatch(a -> a.name().equals(key))) {
                reject(g, id, ReasonCode.UNKNOWN_KEY.key(), key, "unknown key \"" + key + "\": the table's axes are "
                        + String.join(", ", axes.stream().map(TableAxis::name).toList()));
                return;
            }
        }
        for (int j = 0; j < axes.size(); j++) {
            String name = axes.get(j).name();
            JsonNode v = obj.get(name);
            if (v == null || v.isNull()) {
                reject(g, id, ReasonCode.MISSING.key(), name, name + " is required: it is an axis of the table");
                return;
            }
            if (!v.isNumber()) {
                reject(g, id, ReasonCode.UNPARSEABLE.key(), name, name + " = " + v + ": must be a number");
                return;
            }
            point[j] = v.doubleValue();
        }
        int outside = table.lookup(point, ws, values, errors);
        if (outside != SurrogateTable.INSIDE) {
            TableAxis a = axes.get(outside);
            reject(g, id, ReasonCode.OUT_OF_RANGE.key(), a.name(), String.format(Locale.ROOT,
                    "%s = %s is outside the table: its axis spans [%s, %s] (%s)", a.name(), repr(point[outside]),
                    repr(a.low()), repr(a.high()), a.scale().key()));
            return;
        }
        for (int o = 0; o < values.length; o++) {
            if (Double.isNaN(values[o])) {
                String name = table.outputs().get(o).name();
                reject(g, id, NO_VALUE, name, "a corner of this point's cell has no " + name
                        + " (the solver did not accept that grid point; see samples/ for its reason)");
                return;
            }
        }
        g.writeStartObject();
        writeId(g, id);
        g.writeStringField("status", "ok");
        g.writeNullField("reason");
        for (int o = 0; o < values.length; o++) {
            String name = table.outputs().get(o).name();
            g.writeNumberField(name, values[o]);
            if (Double.isNaN(errors[o])) {
                g.writeNullField(name + "_error");
            } else {
                g.writeNumberField(name + "_error", errors[o]);
            }
        }
        g.writeEndObject();
    }

    private void reject(JsonGenerator g, JsonNode id, String code, String field, String message) throws IOException {
        g.writeStartObject();
        writeId(g, id);
        g.writeStringField("status", "rejected");
        g.writeObjectFieldStart("reason");
        g.writeStringField("code", code);
        g.writeStringField("field", field);
        g.writeStringField("message", message);
        g.writeEndObject();
        for (int o = 0; o < values.length; o++) {
            String name = table.outputs().get(o).name();
            g.writeNullField(name);
            g.writeNullField(name + "_error");
        }
        g.writeEndObject();
    }

    private static void writeId(JsonGenerator g, JsonNode id) throws IOException {
        g.writeFieldName("id");
        if (id == null) {
            g.writeNull();
        } else {
            g.writeTree(id);
        }
    }

    private static String repr(double x) { return Double.toString(x); }
}

package org.soretstudy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.soretstudy.datasets.CuratedData;
import org.soretstudy.datasets.Entry;
import org.soretstudy.spec.CuratedJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code soret-study datasets}: the curated named mixtures (contract section 6). */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        header = "Lists the curated published mixtures a spec can name.",
        description = {"Lists the curated mixtures shipped with soret-study: for each, its name, kind (liquid, gas, colloid),",
            "the contract inputs it provides and their published source. A study uses one by name: the spec's",
            "top-level \"mixture\": NAME fills base with the entry's inputs (keys given in base win), and a parameter",
            "written {\"dist\": \"measured\"} becomes a normal distribution at the entry's value with its stated standard",
            "uncertainty. Numbers marked 'unverified' were transcribed from memory of their source and await a check.",
            "",
            "Examples:",
            "  soret-study datasets",
            "  soret-study datasets --json | jq '.[] | select(.kind == \"gas\") | .name'"})
public final class DatasetsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "print a JSON array, one object per entry: name, kind, description, inputs,"
            + " uncertainty (standard, same unit), source {citation, doi, where, verified, verified_from: the copy checked}, verified")
    boolean json;

    @Override
    public Integer call() throws Exception {
        CuratedData data = CuratedData.load();
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode all = mapper.createArrayNode();
            data.entries().forEach(e -> all.add(CuratedJson.entry(e)));
            System.out.println(mapper.writeValueAsString(all));
            return ExitCode.OK;
        }
        for (Entry e : data.entries()) {
            System.out.printf("%-24s %-7s %s%s%n", e.name(), e.kind().key(), e.description(), e.verified() ? "" : " [unverified]");
            System.out.printf("%-32s inputs: %s%n", "", inputs(e));
            if (!e.uncertainty().isEmpty()) {
                System.out.printf("%-32s standard uncertainty: %s%n", "", new TreeMap<>(e.uncertainty()));
            }
            System.out.printf("%-32s source: %s%s%n%n", "", e.source().citation(), e.source().doi() == null ? "" : ", doi:" + e.source().doi());
        }
        return ExitCode.OK;
    }

    private static String inputs(Entry e) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Object> in : new TreeMap<>(e.inputs()).entrySet()) {
            s.append(s.length() == 0 ? "" : ", ").append(in.getKey()).append('=')
                    .append(in.getKey().equals("gas") ? CuratedJson.value(in.getValue()).toString() : in.getValue());
        }
        return s.toString();
    }
}

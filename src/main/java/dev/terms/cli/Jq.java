package dev.terms.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/** --jq: a jq expression over the JSON a command prints, run in-process. Strings print raw, as gh does. */
final class Jq {

    private Jq() {}

    static List<String> apply(String expression, Object tree) {
        ObjectMapper mapper = new ObjectMapper();
        Scope root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_7, root);
        JsonQuery query;
        try {
            query = JsonQuery.compile(expression, Versions.JQ_1_7);
        } catch (JsonQueryException e) {
            throw new TermsException(Exit.USAGE, "bad --jq expression: " + e.getMessage());
        }
        List<String> out = new ArrayList<>();
        try {
            query.apply(Scope.newChildScope(root), mapper.valueToTree(tree), (JsonNode n) -> out.add(
                    n.isTextual() ? n.asText() : n.toString()));
        } catch (JsonQueryException e) {
            throw new TermsException(Exit.USAGE, "--jq: " + e.getMessage());
        }
        return out;
    }
}

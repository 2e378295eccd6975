package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import dev.terms.app.Workspace;
import dev.terms.check.Checks;
import dev.terms.check.Rule;
import dev.terms.load.Diagnostic;
import dev.terms.load.TermsLoader;
import dev.terms.render.CheckReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate terms files: every load error and every finding of its rules, located and sorted.",
        footerHeading = "%nExamples:%n",
        footer = {"  terms check", "  terms check -f draft.yaml --strict", "  terms check -o sarif > terms.sarif",
                "  terms check --explain exclusive-overlap",
                "", "Output: FILE:LINE:COLUMN: severity[CODE]: message. -o json and -o sarif for tools.",
                "Exit status: 0 no errors (warnings allowed), 65 errors (or warnings with --strict), 66 unreadable."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Option(names = "--strict", description = "Warnings fail the check too.")
    boolean strict;

    @Option(names = "--explain", paramLabel = "CODE", description = "Explain a rule and stop.")
    String explain;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        PrintWriter out = ws.io().out();
        if (explain != null) {
            Rule rule = Rule.of(explain);
            if (rule == null) {
                List<String> codes = java.util.Arrays.stream(Rule.values()).map(Rule::code).toList();
                String near = dev.terms.model.Words.nearest(explain, codes);
                throw new TermsException(Exit.USAGE, "no rule '" + explain + "'" + (near != null
                        ? "; did you mean '" + near + "'?" : "; rules: " + String.join(", ", codes)));
            }
            out.println(rule.code() + " (" + rule.severity().word() + ")");
            out.println(rule.explanation());
            out.flush();
            return Exit.OK;
        }
        TermsLoader.Loading reading = ws.read(ws.files());
        List<Diagnostic> problems = new ArrayList<>(reading.diagnostics());
        // one pass: a file with errors is checked too, as far as it decoded (see TermsLoader.Checkable)
        for (TermsLoader.Checkable l : reading.checkable()) problems.addAll(Checks.check(l.agreement(), l.whole()));
        boolean unreadable = reading.unreadable();
        problems.sort(Diagnostic.ORDER);
        boolean errors = problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
        boolean warnings = problems.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
        boolean ok = !errors && !(strict && warnings);
        ws.print(new CheckReport(problems, ok, ws.files().size()));
        if (unreadable) return Exit.NO_INPUT;
        return ok ? Exit.OK : Exit.INVALID;
    }
}

package dev.terms.cli;

import dev.terms.app.Exit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of the terms format (draft 2020-12, within what draft-07 editors accept).",
        footerHeading = "%nExamples:%n",
        footer = {"  terms schema > terms.schema.json",
                "  # then, first line of a terms file: # yaml-language-server: $schema=./terms.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Override
    public Integer call() throws IOException {
        try (InputStream in = SchemaCommand.class.getResourceAsStream("/terms.schema.json")) {
            if (in == null) throw new IllegalStateException("terms.schema.json is missing from the jar");
            root.io().out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            root.io().out().flush();
        }
        return Exit.OK;
    }
}

package dev.terms.cli;

import dev.terms.app.Exit;
import dev.terms.app.TermsException;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a bash or zsh completion script: commands and options (picocli's), and the clause, "
                + "party and definition ids and kinds of your files, asked of terms itself as you type.",
        footerHeading = "%nExamples:%n",
        footer = {"  source <(terms completion bash)       # in ~/.bashrc", "  source <(terms completion zsh)        # in ~/.zshrc",
                "", "It reads no terms file; completing ids does, each time Tab is pressed."})
final class CompletionCommand implements Callable<Integer> {

    @ParentCommand
    TermsCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", arity = "0..1", defaultValue = "bash", description = "bash (default) or zsh.")
    String shell;

    /** Values completed by asking `terms __complete WHAT`, for the options and commands that take ids. */
    static final String DYNAMIC = """

            # Ids and names from the terms files themselves, asked of terms as you type.
            _terms_dynamic() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" what="" i command="" files=()
                for ((i = 1; i < COMP_CWORD; i++)); do
                    case "${COMP_WORDS[i]}" in
                        -f|--file) files+=(-f "${COMP_WORDS[i+1]}"); i=$((i + 1)) ;;
                        -o|--format|--as-of|--agreement|--jq|--fields) i=$((i + 1)) ;;
                        -*) ;;
                        *) [[ -z "$command" ]] && command="${COMP_WORDS[i]}" ;;
                    esac
                done
                case "$prev" in
                    --party) what=parties ;;
                    --kind) what=kinds ;;
                    --agreement) what=agreements ;;
                    --tag) what=tags ;;
                esac
                if [[ -z "$what" && "$cur" != -* ]]; then
                    case "$command" in
                        show) what=clauses ;;
                        ask|who|what|where|when|search) what=names ;;
                    esac
                fi
                if [[ -n "$what" ]]; then
                    local IFS=$'\\n'
                    COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" "${files[@]}" __complete "$what" 2>/dev/null)" -- "$cur") )
                    return
                fi
                _complete_terms "$@"
            }
            complete -F _terms_dynamic -o default terms ./terms
            """;

    @Override
    public Integer call() {
        if (!shell.equals("bash") && !shell.equals("zsh")) {
            throw new TermsException(Exit.USAGE, "completion is for bash or zsh, not '" + shell + "'");
        }
        String script = AutoComplete.bash("terms", spec.root().commandLine());
        if (shell.equals("zsh")) {
            root.io().out().println("autoload -U +X compinit && compinit");
            root.io().out().println("autoload -U +X bashcompinit && bashcompinit");
        }
        root.io().out().print(script);
        root.io().out().print(DYNAMIC);
        root.io().out().flush();
        return Exit.OK;
    }
}

#!/usr/bin/env bash
# Shell completion in a real bash: the script installs, commands and options complete (picocli's
# part), and the loaded file's ids complete by calling back into terms.
set -uo pipefail
cd "$(dirname "$0")/.."
# a model cache and history of its own: those under the real ~ are never touched (HOME stays:
# the launcher may run Maven, which needs ~/.m2)
own=$(mktemp -d)
export TERMS_CACHE_DIR="$own/cache" TERMS_HISTORY="$own/history"
trap 'rm -rf "$own"' EXIT
source <(./terms completion bash) || { echo "FAIL: the script does not source"; exit 1; }
pass=0
check() { # description, expected word, words...
    local what=$1 want=$2; shift 2
    COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _terms_dynamic ./terms "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null # compopt: only inside real completion
    if printf '%s\n' "${COMPREPLY[@]}" | grep -x -- "$want" > /dev/null; then pass=$((pass + 1)); echo "ok - $what";
    else echo "FAIL: $what: '$want' not in: ${COMPREPLY[*]}"; exit 1; fi
}
complete -p ./terms | grep _terms_dynamic > /dev/null || { echo "FAIL: complete -p ./terms"; exit 1; }
pass=$((pass + 1)); echo "ok - complete -p names the function"
check "a command" clauses ./terms cla
check "an option" --party ./terms clauses --pa
check "a clause id after show" rofr-new-capacity ./terms show rofr
check "a party id after --party" openai ./terms clauses --party op
check "a kind after --kind" right-of-first-refusal ./terms clauses --kind right-of-first-r
check "an id from another file with -f" use-of-services ./terms -f src/test/resources/agreements/aws-customer-agreement.yaml show use-of
want=microsoft got=$(compgen -W "$(./terms __complete parties)" -- m)
if [ "$got" = "$want" ]; then pass=$((pass + 1)); echo "ok - compgen over __complete";
else echo "FAIL: compgen over __complete: wanted '$want', got '$got'"; exit 1; fi
echo "$pass passed, 0 failed" # every failure above exits at once

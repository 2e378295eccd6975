#!/usr/bin/env bash
# Colour and tables on a real pseudo-terminal (util-linux `script`): colour only on a terminal,
# and never with NO_COLOR, TERM=dumb or --no-color; tables aligned with a header on a terminal.
set -uo pipefail
cd "$(dirname "$0")/.."
# a model cache and history of its own: those under the real ~ are never touched (HOME stays:
# the launcher may run Maven, which needs ~/.m2)
own=$(mktemp -d)
export TERMS_CACHE_DIR="$own/cache" TERMS_HISTORY="$own/history"
trap 'rm -rf "$own"' EXIT
pass=0
# script forwards its standard input to the terminal it makes: give it one, even in CI
on_pty() { env "$@" script -qec "./terms clauses -o table" /dev/null < /dev/null; }
esc=$'\033['
check() { # description, command output, expect colour (yes/no)
    # an empty or failed run has no colour either: the listing must be there for "no" to mean anything
    if [[ "$2" != *rofr-new-capacity* ]]; then echo "FAIL: $1 (the listing is not in the output)"; printf '%s\n' "$2" | head -3 | cat -v; exit 1; fi
    if [[ "$2" == *"$esc"* ]]; then has=yes; else has=no; fi
    if [ "$has" = "$3" ]; then pass=$((pass + 1)); echo "ok - $1"; else echo "FAIL: $1 (colour: $has)"; printf '%s\n' "$2" | head -3 | cat -v; exit 1; fi
}
check "colour on a terminal" "$(on_pty TERM=xterm)" yes
check "no colour with NO_COLOR" "$(on_pty TERM=xterm NO_COLOR=1)" no
check "no colour with TERM=dumb" "$(on_pty TERM=dumb)" no
check "no colour with --no-color" "$(TERM=xterm script -qec './terms clauses --no-color' /dev/null < /dev/null)" no
check "no colour in a pipe" "$(TERM=xterm ./terms clauses -o table | cat)" no
# whole outputs first, then their first lines: under pipefail, an early-closing grep would fail the pipe
tty_first=$(on_pty TERM=xterm NO_COLOR=1); tty_first=${tty_first%%$'\n'*}
pipe_first=$(./terms clauses -o table); pipe_first=${pipe_first%%$'\n'*}
if [[ "$tty_first" =~ ^ID\ +STATUS\ +KIND ]]; then pass=$((pass + 1)); echo "ok - a header on a terminal"; else echo "FAIL: no table header on a terminal"; exit 1; fi
if [[ "$pipe_first" == $'rofr-new-capacity\tin-force\t'* ]]; then pass=$((pass + 1)); echo "ok - tab-separated in a pipe"; else echo "FAIL: not tab-separated in a pipe"; exit 1; fi
echo "$pass passed, 0 failed"

#!/usr/bin/env bash
# End to end on a real terminal: tmux runs ./terms repl; we type, complete with Tab, press
# Ctrl-C and Ctrl-D, restart, and read the screen each time. Needs tmux and a built jar.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=$(mktemp -d)
hist="$dir/history"
sock="terms-e2e-$$"
t() { tmux -L "$sock" "$@"; }
# the session may still be saving its history as the server goes: try the removal twice
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$dir" 2>/dev/null || { sleep 1; rm -rf "$dir"; }' EXIT

screen() { t capture-pane -p -t s 2>/dev/null || true; }

# poll the screen for a fixed string until a deadline, rather than sleeping
wait_for() {
    local deadline=$((SECONDS + ${2:-30}))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if screen | grep -F -- "$1" > /dev/null; then return 0; fi
        sleep 0.2
    done
    echo "FAIL: '$1' never appeared on the screen:"
    screen
    exit 1
}

start() {
    # the line after the session reports how it ended: the Ctrl-D check reads it off the screen
    # (a process pattern would have to guess the launcher's command line, and could match
    # another checkout's session on a shared machine)
    t new-session -d -s s -x 150 -y 50 "env TERMS_HISTORY='$hist' TERMS_NO_CACHE=1 TERM=xterm-256color ./terms repl; echo \"session ended, exit \$?\"; sleep 30"
    wait_for 'terms>'
}

pass=0
ok() { pass=$((pass + 1)); echo "ok - $1"; }

start
t send-keys -t s 'who has the rofr' Enter
wait_for 'Microsoft holds the right to have the first option'
ok "a question is answered"

t send-keys -t s 'show rofr-new-cap' Tab
wait_for 'terms> show rofr-new-capacity'
t send-keys -t s Enter
wait_for 'rofr-new-capacity — Right of first refusal on new capacity'
ok "Tab completes a clause id"

# an empty prompt on the last line: the session waits for input
wait_for_prompt() {
    local deadline=$((SECONDS + 20))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if [ "$(screen | grep -v '^ *$' | tail -n 1)" = "terms>" ]; then return 0; fi
        sleep 0.2
    done
    echo "FAIL: no empty prompt"; screen; exit 1
}

t send-keys -t s 'who shares revenue but this line is dropped'
wait_for 'terms> who shares revenue but this line is dropped'
t send-keys -t s C-c
wait_for_prompt
t send-keys -t s 'settings' Enter
wait_for 'as-of   today'
if screen | grep -F 'Microsoft must share revenue' > /dev/null; then echo "FAIL: Ctrl-C did not drop the line"; screen; exit 1; fi
ok "Ctrl-C drops the line"

# Ctrl-C while a command runs: listing a large generated file takes seconds (no model cache:
# TERMS_NO_CACHE, so every load parses the YAML). The command is cancelled, the prompt comes
# back at once, the session goes on, and nothing the cancelled command would print shows later.
python3 bench/generate.py 50000 "$dir/big.yaml"
started=$SECONDS
TERMS_NO_CACHE=1 ./terms -f "$dir/big.yaml" clauses > /dev/null
took=$((SECONDS - started))
[ "$took" -ge 2 ] || { echo "FAIL: listing the large file took ${took}s, too fast to interrupt"; exit 1; }
t send-keys -t s "set file $dir/big.yaml" Enter
wait_for_prompt
t send-keys -t s 'clauses' Enter
sleep 1
if screen | grep -F 'c1-' > /dev/null; then echo "FAIL: the command ended before Ctrl-C (${took}s one-shot)"; screen; exit 1; fi
t send-keys -t s C-c
cancelled=$SECONDS
wait_for 'Cancelled.' 5
wait_for_prompt
[ $((SECONDS - cancelled)) -le 3 ] || { echo "FAIL: the prompt took $((SECONDS - cancelled))s to come back"; exit 1; }
# Ctrl-C at an empty prompt, twice: a new prompt each time, the session stays (as in psql)
# each Ctrl-C must have made its prompt before the next key: the signal comes apart from the keys typed,
# and a late one would cancel the next line instead ("set file" cancelled, the question asked of the big file)
empty_prompts() { screen | sed 's/ *$//' | grep -c '^terms>$' || true; }
wait_for_empty_prompts() {
    local deadline=$((SECONDS + 20))
    while [ "$SECONDS" -lt "$deadline" ]; do
        if [ "$(empty_prompts)" -ge "$1" ]; then return 0; fi
        sleep 0.2
    done
    echo "FAIL: Ctrl-C at the prompt made no new prompt"; screen; exit 1
}
before=$(empty_prompts)
t send-keys -t s C-c
wait_for_empty_prompts $((before + 1))
t send-keys -t s C-c
wait_for_empty_prompts $((before + 2))
t send-keys -t s 'set file terms.yaml' Enter
wait_for_prompt
t send-keys -t s 'who shares revenue' Enter
wait_for 'Microsoft must share revenue'
ok "Ctrl-C cancels a running command; the session goes on"
# the cancelled command, abandoned, would have finished by now: nothing of it reaches the screen
sleep $((took + 2))
if screen | grep -E 'c[0-9]+-' > /dev/null; then echo "FAIL: the cancelled command printed after the cancel"; screen; exit 1; fi
ok "nothing of a cancelled command is printed after it"
[ -n "${SHOW_SCREEN:-}" ] && screen

t send-keys -t s C-d
deadline=$((SECONDS + 20))
until screen | grep -F 'session ended, exit ' > /dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then echo "FAIL: Ctrl-D did not leave the session"; screen; exit 1; fi
    sleep 0.2
done
screen | grep -F 'session ended, exit 0' > /dev/null || { echo "FAIL: Ctrl-D left with a failure status"; screen; exit 1; }
ok "Ctrl-D leaves, with status 0"
t kill-server 2>/dev/null || true
sock="$sock-again" # a fresh tmux server for the restart

grep -q ':who has the rofr$' "$hist" || { echo "FAIL: history not saved in $hist"; cat "$hist"; exit 1; }
start
t send-keys -t s Up
wait_for 'terms> who shares revenue'
ok "history survives a restart"
t send-keys -t s C-u 'exit' Enter

echo "$pass passed, 0 failed"

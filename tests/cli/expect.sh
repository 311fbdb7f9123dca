#!/usr/bin/env bash
# expect.sh CODE PATTERN -- COMMAND...
# Runs COMMAND; passes if it exits with CODE and its output (stdout and stderr) matches the
# extended regular expression PATTERN ("" to skip the match).
set -uo pipefail
code=$1 pattern=$2
shift 3
output=$("$@" 2>&1)
actual=$?
status=0
if [[ $actual -ne $code ]]; then
    echo "expected exit code $code, got $actual"
    status=1
fi
if [[ -n $pattern ]] && ! grep -qE -- "$pattern" <<<"$output"; then
    echo "output does not match: $pattern"
    status=1
fi
if [[ $status -ne 0 ]]; then
    echo "--- output of: $*"
    echo "$output"
fi
exit $status

#!/usr/bin/env bash
# `make install-check` (CI): installs from a clean clone of the committed tree into a new folder,
# deletes the clone (with its build folder), and checks that the installed command runs, that its
# man page opens with `man` and that the completion scripts are where the shells look.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix="$work/prefix"

git clone -q "$root" "$work/clone"
make -C "$work/clone" install PREFIX="$prefix"
rm -rf "$work/clone"

fail() { echo "install-check: $*" >&2; exit 1; }
bin="$prefix/bin/privatelink-runbook"
[ -x "$bin" ] || fail "no executable at $bin"
version=$("$bin" --version) || fail "--version failed"
[[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version printed '$version'"
# The installed binary needs no Swift runtime library: only the system's (libcmark among them).
if ldd "$bin" | grep -E 'libswift|libFoundation|/opt/swift' >/dev/null; then fail "still linked to Swift runtime libraries: $(ldd "$bin")"; fi
out=$("$bin" generate --addon kafka-sushi-12345 --app privatelink-vpc-endpoint-demo \
  --aws-account-id 123456789101:user/abc.xyz --stdout --lang en) || fail "generate failed"
[[ $out == "# Connect to Apache Kafka on Heroku over AWS PrivateLink"* ]] || fail "generate printed: ${out:0:200}"

command -v man >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq man-db >/dev/null; }
page=$(MANPATH="$prefix/share/man" MANWIDTH=100 man -P cat privatelink-runbook 2>&1) || fail "man: $page"
# mdoc's own warnings go to standard error on every view: there must be none.
warnings=$(MANWIDTH=100 man -l "$prefix/share/man/man1/privatelink-runbook.1" 2>&1 >/dev/null) || fail "man -l: $warnings"
[ -z "$warnings" ] || fail "the man page warns: $warnings"
grep -q "vpce- and 17 hex digits" <<<"$page" || fail "the man page lost text of the help (it drops what is not ASCII)"
grep -q "Write the runbook for these values" <<<"$page" || fail "the man page does not describe generate: ${page:0:400}"
grep -q "Write the runbooks of every row" <<<"$page" || fail "the man page does not describe batch"

bash_completion="$prefix/share/bash-completion/completions/privatelink-runbook"
bash -n "$bash_completion" || fail "the bash completion script does not parse"
# Completing `privatelink-runbook b` offers `batch`.
words=$(bash -c 'source "$1"; COMP_WORDS=(privatelink-runbook b); COMP_CWORD=1; COMP_LINE="privatelink-runbook b"; COMP_POINT=${#COMP_LINE}; _privatelink-runbook privatelink-runbook b privatelink-runbook 2>/dev/null; printf "%s\n" "${COMPREPLY[@]}"' _ "$bash_completion")
grep -qx batch <<<"$words" || fail "bash completion of 'b' gave: $words"
[ -s "$prefix/share/zsh/site-functions/_privatelink-runbook" ] || fail "no zsh completion"
grep -q '^#compdef privatelink-runbook' "$prefix/share/zsh/site-functions/_privatelink-runbook" || fail "zsh completion lacks #compdef"
[ -s "$prefix/share/fish/vendor_completions.d/privatelink-runbook.fish" ] || fail "no fish completion"
echo "install-check: $version installed under a fresh prefix runs without its build folder; man page and bash/zsh/fish completions in place"

#!/usr/bin/env bash
# Installs the built binary with its man page and shell completions: `make install PREFIX=...`.
# Usage: Scripts/install.sh BINARY GENERATE_MANUAL PREFIX
set -euo pipefail
binary=$1
generate_manual=$2
prefix=$3
name=privatelink-runbook

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -s -m 755 "$binary" "$prefix/bin/$name"

# The man page from the same command-line definitions as --help, by swift-argument-parser's
# generate-manual tool run on the binary just built (its plugin would build the whole package
# again, in debug). The tool writes a blank line between paragraphs, which mdoc warns about on
# every view ("Empty input line"): each becomes the paragraph macro `.Pp`.
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)
pages=$(mktemp -d)
trap 'rm -rf "$pages"' EXIT
"$generate_manual" "$binary" --date "$date" --output-directory "$pages"
sed 's/^$/.Pp/' "$pages/$name.1" > "$pages/$name.fixed.1"
install -m 644 "$pages/$name.fixed.1" "$prefix/share/man/man1/$name.1"

# Completion scripts in the places bash-completion, zsh and fish look under a prefix.
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/$name"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_$name"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/$name.fish"
echo "Installed $("$prefix/bin/$name" --version) in $prefix: bin/$name, share/man/man1/$name.1, completions for bash, zsh and fish"

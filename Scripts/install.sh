#!/usr/bin/env bash
# Installs the built binary with its man page and shell completions: `make install PREFIX=...`.
# Usage: Scripts/install.sh BINARY PREFIX
set -euo pipefail
binary=$1
prefix=$2
name=privatelink-runbook

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -s -m 755 "$binary" "$prefix/bin/$name"

# The man page from the same command-line definitions as --help, by swift-argument-parser's
# generate-manual plugin. It builds the package itself, in the configuration given: debug, which
# `make test` has usually built already (a release build without --static-swift-stdlib would
# rebuild the dependencies that the installed binary was just built with).
date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}" +%Y-%m-%d)
swift package generate-manual --configuration debug --date "$date" >/dev/null
install -m 644 ".build/plugins/GenerateManual/outputs/$name/$name.1" "$prefix/share/man/man1/$name.1"

# Completion scripts in the places bash-completion, zsh and fish look under a prefix.
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/$name"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_$name"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/$name.fish"
echo "Installed $("$prefix/bin/$name" --version) in $prefix: bin/$name, share/man/man1/$name.1, completions for bash, zsh and fish"

#!/usr/bin/env bash
# Opens the committed example pages in headless Chromium and checks what a reader's browser makes
# of them: `make browser-test`. Installs Chromium, a Japanese font and pdftotext (Debian packages)
# and builds the CLI when missing.
# Chromium opens each page from file://, with its own profile and every request sent to a closed
# port on loopback; Scripts/browser_check.py then reads the rendered DOM and the net log, and for
# each runbook a dark-scheme screenshot and the text of the page printed to PDF.
# Usage: Scripts/browser-test.sh  (OUTPUT_DIR=folder to check another copy of Output/)
set -euo pipefail
cd "$(dirname "$0")/.."

OUTPUT=${OUTPUT_DIR:-Output}
EXAMPLE=Output/article-example.args
BIN=.build/debug/privatelink-runbook
WORK=build/browser-test   # DOMs, net logs, console output: kept to look at after a failure
SHOTS=build/screenshots
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

# Chromium, a Japanese font so that the ja screenshots show text rather than empty boxes, and
# pdftotext to read the printed pages.
ensure_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ -n "$(fc-list :lang=ja 2>/dev/null)" ] || missing+=(fonts-ipafont-gothic)
  [ ${#missing[@]} = 0 ] && return
  echo "Installing ${missing[*]} (apt-get, about a minute)..."
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when they don't know chromium or are too stale to fetch it.
  if ! apt-cache policy chromium 2>/dev/null | grep -q 'Candidate: [0-9]' \
     || ! $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

ensure_cli() {
  [ -x "$BIN" ] || make --no-print-directory build
}

# Headless Chromium with a fresh profile; the dead proxy keeps even its own requests on loopback.
chromium_headless() {
  timeout 60 chromium --user-data-dir="$(mktemp -d "$PROFILES/profile.XXXXXX")" \
    --proxy-server=127.0.0.1:9 --disable-background-networking --disable-component-update \
    --no-first-run --headless --no-sandbox --disable-gpu --virtual-time-budget=3000 "$@"
}

# render KIND PAGE NAME: saves the DOM after scripts ran, the net log and the console messages,
# then a screenshot, and lists the page for browser_check.py.
render() {
  local kind=$1 page=$2 name=$3 url
  url="file://$(realpath "$page")"
  echo "Rendering $page"
  chromium_headless --dump-dom --log-net-log="$WORK/$name.netlog.json" \
    --enable-logging=stderr --v=0 "$url" >"$WORK/$name.dom.html" 2>"$WORK/$name.stderr" \
    || echo "chromium exited with $?" >>"$WORK/$name.stderr"
  if [ "$kind" != control ]; then
    # The flag makes the capture wait for every paint: one run without it cut the page's bottom off.
    chromium_headless --screenshot="$SHOTS/$name.png" --window-size=1280,2400 \
      --run-all-compositor-stages-before-draw "$url" \
      >/dev/null 2>&1 || echo "chromium --screenshot exited with $?" >>"$WORK/$name.stderr"
  fi
  [ "$kind" != runbook ] || render_dark_and_print "$url" "$name"
  printf '%s\t%s\t%s\n' "$kind" "$page" "$name" >>"$WORK/pages.tsv"
}

# render_dark_and_print URL NAME: a screenshot with prefers-color-scheme: dark, and the page
# printed to PDF, as text (-layout keeps the hyphen at a wrapped line's end; the default drops it).
render_dark_and_print() {
  local url=$1 name=$2
  chromium_headless --blink-settings=preferredColorScheme=0 --screenshot="$SHOTS/$name-dark.png" \
    --window-size=1280,2400 --run-all-compositor-stages-before-draw "$url" \
    >/dev/null 2>&1 || echo "chromium --screenshot (dark) exited with $?" >>"$WORK/$name.stderr"
  chromium_headless --print-to-pdf="$WORK/$name.pdf" --no-pdf-header-footer "$url" \
    >/dev/null 2>&1 || echo "chromium --print-to-pdf exited with $?" >>"$WORK/$name.stderr"
  pdftotext -layout -enc UTF-8 "$WORK/$name.pdf" "$WORK/$name.pdf.txt" \
    2>>"$WORK/$name.stderr" || echo "pdftotext exited with $?" >>"$WORK/$name.stderr"
}

render_examples() {
  local page addon lang
  for page in "$OUTPUT"/*/runbook.*.html; do
    addon=$(basename "$(dirname "$page")")
    lang=${page##*/runbook.}; lang=${lang%.html}
    render runbook "$page" "$addon-$lang"
  done
  for page in "$OUTPUT"/*/index.html; do
    [ -e "$page" ] && render index "$page" "$(basename "$(dirname "$page")")-index"
  done
  return 0
}

# A page that requests an image over http on purpose: proves the net-log check can see one.
render_control() {
  cat >"$WORK/control.html" <<'EOF'
<!DOCTYPE html><html lang="en"><title>control</title><img src="http://198.51.100.7/control.png">
EOF
  render control "$WORK/control.html" control
}

# Hostile sentences in override templates: the generated page must render them inert.
render_hostile() {
  local dir=$WORK/hostile page
  python3 Scripts/browser_check.py hostile-templates Templates/locales/en.json "$dir/templates"
  if xargs -d '\n' -a "$EXAMPLE" "$BIN" generate --templates "$dir/templates" \
       --lang en --format html --output "$dir/out" >"$dir/generate.log" 2>&1; then
    page=$(ls "$dir"/out/*/runbook.en.html)
    render hostile "$page" hostile-en
  else
    cp "$dir/generate.log" "$WORK/hostile-en.stderr"
    printf 'hostile\t%s\thostile-en\n' "$dir/out (generate failed)" >>"$WORK/pages.tsv"
  fi
}

start=$SECONDS
ensure_browser
ensure_cli
rm -rf "$WORK" "$SHOTS"
mkdir -p "$WORK" "$SHOTS"
PROFILES=$(mktemp -d)
trap 'rm -rf "$PROFILES"' EXIT
: >"$WORK/pages.tsv"

render_examples
render_control
render_hostile
echo "Chromium took $((SECONDS - start)) s. Screenshots: $SHOTS/; DOMs, net logs, console: $WORK/"
# Its last line is the verdict, `N passed, M failed`; its exit status is the script's.
exec python3 Scripts/browser_check.py report "$WORK" "$SHOTS"

#!/usr/bin/env python3
"""Breaks the page on purpose, one way at a time, and shows which browser check catches it:
`make browser-test-breaks` (after `make browser-test` has installed what it needs).

Each break edits a copy of one or more files of Templates/ and generates the example with
`--templates` (so the page's CSP hashes still match its own broken script and style), then runs
the browser checks named for it on those pages. A break counts as caught when at least one of
them fails; the run fails if any break is not caught, or if its edit no longer applies (the
templates changed: update the break). Prints one line per break with the failing checks.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/debug/privatelink-runbook"
EXAMPLE = ROOT / "Output/article-example.args"

# name: (edits {template file: [(old, new), ...]}, pytest -k expression of the checks meant to catch it)
BREAKS = {
    "copy keeps the block's final newline": (
        {"page.js": [('var text = code.textContent.replace(/\\n$/, "");', "var text = code.textContent;")]},
        "copy_button_copies"),
    "commands break inside words": (
        {"page.css": [("pre .word { display: inline-block;", "pre .word { display: inline;")]},
        "wrap_at_spaces"),
    "a continued row of a nested line starts under the line's start": (
        {"page.css": [("padding-left: calc(var(--indent, 0ch) + 2ch); text-indent: calc(-1 * (var(--indent, 0ch) + 2ch));",
                       "padding-left: 2ch; text-indent: -2ch;")]},
        "wrap_at_spaces"),
    "the diagram shrinks on a phone": (
        {"page.css": [("  svg.diagram { max-width: none; }\n", "")]},
        "diagram_keeps_its_size"),
    "Copied is said in English on every page": (
        {"page.js": [('button.textContent = label("copied", "Copied");', 'button.textContent = "Copied";')]},
        "copy_button_copies"),
    "no continuation mark on wrapped rows": (
        {"page.css": [("print-color-adjust: exact; -webkit-print-color-adjust: exact;\n  background:", "print-color-adjust: exact; -webkit-print-color-adjust: exact;\n  --no-background:")]},
        "long_lines_wrap"),
    "long commands scroll sideways instead of wrapping": (
        {"page.css": [("border-radius: 6px; white-space: pre-wrap;", "border-radius: 6px; white-space: pre; overflow-x: auto;")]},
        "long_lines_wrap or axe"),
    "a long link widens the page on a phone": (
        {"page.css": [("a { color: var(--link); overflow-wrap: anywhere; }", "a { color: var(--link); }")]},
        "phone"),
    "Japanese lines break inside phrases": (
        {"page.css": [(":lang(ja) { word-break: auto-phrase; line-break: strict; }", ":lang(ja) { line-break: strict; }")]},
        "japanese_lines"),
    "contents links point nowhere": (
        {"page.html.mustache": [('<a href="#{{id}}">', '<a href="#toc-{{id}}">')]},
        "contents_link"),
    "a jump leaves its target out of view": (
        {"page.css": [("h2, h3 { scroll-margin-top: 1rem; }", "h2, h3 { scroll-margin-top: -200vh; }")]},
        "contents_link or step_reference"),
    "a script swallows clicks on links in the text": (
        {"page.js": [('"use strict";', '"use strict";\n  document.addEventListener("click", function (e) { if (e.target.closest("main a")) e.preventDefault(); });')]},
        "step_reference"),
    "the language link points to the page itself": (
        {"page.html.mustache": [('<a href="{{otherLanguage.href}}"', '<a href="runbook.{{lang}}.html"')]},
        "language_link"),
    "the page loads an image from the network": (
        {"page.html.mustache": [('<meta http-equiv="Content-Security-Policy" content="{{{csp}}}">\n', ""),
                                ("<main>\n", '<main>\n<img src="http://198.51.100.7/pixel.png" alt="">\n')]},
        "no_request"),
    "a label is inserted as markup without the policy": (
        {"page.html.mustache": [('<meta http-equiv="Content-Security-Policy" content="{{{csp}}}">\n', ""),
                                ('<p class="toc-title">{{tocLabel}}</p>', '<p class="toc-title">{{{tocLabel}}}</p>')]},
        "hostile"),
    "no dark colours": (
        {"page.css": [("@media (prefers-color-scheme: dark)", "@media (prefers-color-scheme: no-such-scheme)")]},
        "colour_scheme"),
    "diagram text stays dark in the dark scheme": (
        {"page.css": [("svg.diagram text { fill: var(--fg);", "svg.diagram text { fill: #1d1d1f;")]},
        "colour_scheme"),
    "print keeps the contents": (
        {"page.css": [("  nav, .copy-button, .step-done, header .other-language { display: none; }",
                       "  .copy-button, .step-done, header .other-language { display: none; }")]},
        "print"),
    "print cuts long commands": (
        {"page.css": [("  pre, figure.connection { break-inside: avoid; }",
                       "  pre, figure.connection { break-inside: avoid; }\n  pre { white-space: pre; overflow: hidden; }")]},
        "print"),
    "grey text too faint": (
        {"page.css": [("--muted: #5a5a5f;", "--muted: #b4b4ba;")]},
        "axe"),
    "no focus ring": (
        {"page.css": [(":focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }", ":focus-visible { outline: none; }")]},
        "tab_reaches"),
    "Copy answers the mouse only": (
        {"page.js": [('button.addEventListener("click", function () {\n      copy(text)',
                      'button.addEventListener("pointerup", function () {\n      copy(text)')]},
        "tab_reaches"),
    "ticks are not saved": (
        {"page.js": [("box.addEventListener(\"change\", function () { store(checked()); show(checked()); });",
                      "box.addEventListener(\"change\", function () { show(checked()); });")]},
        "checklist"),
    "reset leaves the saved ticks": (
        {"page.js": [('reset.addEventListener("click", function () { store([]); show([]); });',
                      'reset.addEventListener("click", function () { show([]); });')]},
        "checklist"),
    "ticks saved for every runbook alike": (
        {"page.js": [('var key = "privatelink-runbook:" + addon + ":" + task;', 'var key = "privatelink-runbook";')]},
        "checklist"),
    "contents before the title": (
        {"page.html.mustache": [("{{{heading}}}\n</header>", "</header>"), ("<main>\n", "<main>\n{{{heading}}}\n")]},
        "title_then_contents"),
    "contents scroll away": (
        {"page.css": [("nav { position: sticky;", "nav { position: static;")]},
        "title_then_contents"),
    "the text shows only with script": (
        {"page.html.mustache": [("<main>\n", "<main hidden>\n")],
         "page.js": [('"use strict";', '"use strict";\n  document.querySelector("main").hidden = false;')]},
        "without_script"),
    "Japanese fonts for Linux only": (
        {"page.css": [(':root:lang(ja) { --sans: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", "Yu Gothic", YuGothic,\n    Meiryo, system-ui,',
                       ':root:lang(ja) { --sans: system-ui,')]},
        "japanese"),
    "diagram text too large for its boxes": (
        {"page.css": [("svg.diagram text { fill: var(--fg); font-family: var(--sans); font-size: 13px; }",
                       "svg.diagram text { fill: var(--fg); font-family: var(--sans); font-size: 19px; }")]},
        "diagram"),
    "diagram drops the ports": (
        {"locales/en.json": [('"diagram.ports": "TCP {ports}"', '"diagram.ports": "TCP"')]},
        "diagram"),
}


def broken_templates(edits, folder):
    for name, replacements in edits.items():
        text = (ROOT / "Templates" / name).read_text(encoding="utf-8")
        for old, new in replacements:
            if old not in text:
                raise SystemExit(f"break no longer applies: {old!r} is not in Templates/{name}")
            text = text.replace(old, new, 1)
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def generate(templates, output, *extra):
    subprocess.run([str(BIN), "generate", *EXAMPLE.read_text().splitlines(), "--templates", str(templates),
                    "--output", str(output), *extra], check=True, stdout=subprocess.DEVNULL)
    return sorted(output.glob("*/*.html"))


def run(name, edits, checks, work):
    templates, hostile = work / "templates", work / "hostile-templates"
    broken_templates(edits, templates)
    pages = generate(templates, work / "out")
    # The hostile page: the same broken templates, with the hostile English catalog on top.
    subprocess.run([sys.executable, str(ROOT / "Scripts/browser_check.py"), "hostile-templates",
                    str(templates / "locales/en.json") if "locales/en.json" in edits else str(ROOT / "Templates/locales/en.json"),
                    str(hostile)], check=True)
    for file in templates.rglob("*"):
        if file.is_file() and not (hostile / file.relative_to(templates)).exists():
            (hostile / file.relative_to(templates)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(file, hostile / file.relative_to(templates))
    hostile_page = generate(hostile, work / "hostile-out", "--lang", "en", "--format", "html")
    environment = dict(os.environ, BROWSER_TEST_PAGES="\n".join(map(str, pages)),
                       BROWSER_TEST_HOSTILE=str(next(p for p in hostile_page if p.name.startswith("runbook"))))
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rfE", "-k", checks,
                             str(ROOT / "Scripts/browser_check.py")], env=environment, capture_output=True, text=True)
    # FAILED: an assertion of the test; ERROR: the request check every test ends with.
    failed = sorted({re.sub(r"\[.*", "", m) for m in re.findall(r"^(?:FAILED|ERROR) \S+::(\S+)", result.stdout, re.M)})
    caught = result.returncode == 1 and failed
    print(f"{'CAUGHT' if caught else 'MISSED'}  {name}: {', '.join(failed) or 'no check failed'}", flush=True)
    if not caught and result.returncode not in (0, 1):
        print(result.stdout[-2000:], result.stderr[-2000:])
    return bool(caught)


def main():
    chosen = sys.argv[1:] or list(BREAKS)
    missed = []
    for name in chosen:
        edits, checks = BREAKS[name]
        with tempfile.TemporaryDirectory() as work:
            if not run(name, edits, checks, Path(work)):
                missed.append(name)
    print(f"\n{len(chosen) - len(missed)} of {len(chosen)} breaks caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

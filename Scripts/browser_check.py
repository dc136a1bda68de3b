#!/usr/bin/env python3
"""Checks what headless Chromium made of the runbook pages (Python standard library only).

  browser_check.py hostile-templates EN_JSON DIR   writes DIR/locales/en.json with hostile sentences
  browser_check.py report WORK SHOTS               checks every page listed in WORK/pages.tsv

Scripts/browser-test.sh runs Chromium and lists each page it rendered in WORK/pages.tsv as
`kind<TAB>page<TAB>name`, leaving WORK/name.dom.html (the DOM after scripts ran, from --dump-dom),
WORK/name.netlog.json (--log-net-log), WORK/name.stderr (console messages) and SHOTS/name.png;
for a runbook also SHOTS/name-dark.png (prefers-color-scheme: dark) and WORK/name.pdf.txt (the
page printed to PDF, as pdftotext -layout reads it).
`report` prints one PASS/FAIL line per assertion and ends with the line `N passed, M failed`.
"""
import collections
import json
import os
import re
import struct
import sys
import zlib
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Hostile sentences: what a template author's mistake could put into the Markdown. Each starts
# with a marker so the test can see that the override reached the page (else it proves nothing).
HOSTILE = {
    "overview.accounts": "HOSTILE-1 <script>document.title='PWNED'</script>",
    "heroku.intro": "HOSTILE-2 <img src=x onerror=\"document.title='PWNED'\">",
    "support.ticket": "HOSTILE-3 [click](javascript:document.title='PWNED')",
    "step.plugin.output": "HOSTILE-4 <javascript:alert(1)>",
}
OWN_SCRIPT = "Templates/page.js"  # the page template inlines it: the only script a page may have
LOCALES = "Templates/locales/{}.json"  # the labels the print layout must hide: page.toc, page.copy
SHOT_SIZE = (1280, 2400)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# Attributes that make the browser fetch something. file:// loads never reach the net log, so a
# page's own files (an <img src=x> next to it) can only be caught here, in the DOM.
FETCHING_ATTRIBUTES = {"src", "srcset", "poster", "data", "background"}


# --- A small DOM built from Chromium's serialisation -------------------------------------------

class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def has_class(self, name):
        return name in (self.attrs.get("class") or "").split()

    def elements(self):
        """This element and every element below it, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.elements()

    def child_elements(self):
        return [c for c in self.children if isinstance(c, Node)]

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class TreeBuilder(HTMLParser):
    # --dump-dom serialises the live DOM, so every non-void element has its end tag.
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node.parent and node.tag != tag:
            node = node.parent
        if node.parent:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse_dom(path):
    builder = TreeBuilder()
    builder.feed(read_text(path))
    builder.close()
    return builder.root


def select(root, tag, cls=None):
    return [e for e in root.elements() if e.tag == tag and (cls is None or e.has_class(cls))]


def read_text(path):
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        return ""


# --- Requests, from the net log -----------------------------------------------------------------

def load_netlog(path):
    text = read_text(path).rstrip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        # A browser that did not exit cleanly leaves the events list unclosed.
        return json.loads(text.rstrip(",") + "]}")


def requests_in(netlog):
    """(url, initiator) of every request the network stack started."""
    start_job = netlog["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    for event in netlog["events"]:
        params = event.get("params") or {}
        if event["type"] == start_job and "url" in params:
            yield params["url"], params.get("initiator", "")


def is_page_request(initiator):
    # A file:// page's origin serialises as "null"; the browser's own requests carry
    # "not an origin" (or nothing). Any real origin is a page too.
    return initiator not in ("not an origin", "")


# --- Assertions -----------------------------------------------------------------------------------

class Report:
    def __init__(self):
        self.passed = self.failed = 0
        self.browser_requests = collections.Counter()

    def check(self, page, name, problems):
        """One assertion: `problems` lists what is wrong, empty when it holds."""
        if problems:
            self.failed += 1
            print(f"FAIL  {page}: {name}")
            for problem in problems[:8]:
                print(f"        - {problem}")
            if len(problems) > 8:
                print(f"        - ... and {len(problems) - 8} more")
        else:
            self.passed += 1
            print(f"PASS  {page}: {name}")


def check_no_requests(report, page, netlog_path, dom):
    """The page fetched nothing: no page-initiated request in the net log, nothing to fetch in the DOM."""
    try:
        netlog = load_netlog(netlog_path)
        requests = list(requests_in(netlog))
    except (json.JSONDecodeError, KeyError) as error:
        report.check(page, "made no network request (net log)", [f"unreadable net log: {error}"])
        return
    page_requests = [f"{url} (initiator {initiator})" for url, initiator in requests
                     if is_page_request(initiator)]
    for url, initiator in requests:
        if not is_page_request(initiator):
            parts = urlsplit(url)
            report.browser_requests[f"{parts.scheme}://{parts.netloc}{parts.path}"] += 1
    report.check(page, "made no network request (net log)", page_requests)
    fetching = [f"<{e.tag} {a}={e.attrs[a]!r}>" for e in dom.elements() for a in e.attrs
                if a in FETCHING_ATTRIBUTES]
    fetching += [f"<link rel={e.attrs.get('rel')!r} href={e.attrs.get('href')!r}>"
                 for e in select(dom, "link")]
    report.check(page, "references no resource to fetch (DOM: src, srcset, link ...)", fetching)


def check_screenshot(report, page, path):
    try:
        with open(path, "rb") as f:
            header = f.read(24)
    except FileNotFoundError:
        report.check(page, f"screenshot {path}", ["not written"])
        return
    size = struct.unpack(">II", header[16:24]) if header[:8] == b"\x89PNG\r\n\x1a\n" else None
    report.check(page, f"screenshot {path}",
                 [] if size == SHOT_SIZE else [f"not a {SHOT_SIZE} PNG: {size}"])


def png_left_columns(path, columns):
    """(width, height, rows): the leftmost `columns` (r, g, b) pixels of each row of an 8-bit RGB or
    RGBA non-interlaced PNG. PNG filters only look left and up, so the rest of a row stays filtered."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data[pos + 8:pos + 21])
        elif kind == b"IDAT":
            idat.append(data[pos + 8:pos + 8 + length])
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header or (0,) * 7
    if depth != 8 or color not in (2, 6) or interlace:
        raise ValueError(f"bit depth {depth}, colour type {color}, interlace {interlace}")
    bpp = 3 if color == 2 else 4
    raw, stride, n = zlib.decompress(b"".join(idat)), 1 + width * bpp, min(columns, width) * bpp
    prev, rows = bytearray(n), []
    for y in range(height):
        filter_type, line = raw[y * stride], bytearray(raw[y * stride + 1:y * stride + 1 + n])
        if filter_type > 4:
            raise ValueError(f"row {y}: filter type {filter_type}")
        for i in range(n):
            a, b = (line[i - bpp] if i >= bpp else 0), prev[i]  # left, up
            c = prev[i - bpp] if i >= bpp else 0  # up-left
            pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
            paeth = a if pa <= pb and pa <= pc else b if pb <= pc else c
            line[i] = (line[i] + (0, a, b, (a + b) // 2, paeth)[filter_type]) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, n, bpp)])
        prev = line
    return width, height, rows


def check_background(report, page, path, dark):
    """The page background, at the top-left and bottom-left corners, is dark or light."""
    name = f"background is {'dark (luminance < 0.2)' if dark else 'light (luminance > 0.8)'} in {path}"
    try:
        _, height, rows = png_left_columns(path, 6)
    except (OSError, ValueError, IndexError, zlib.error) as error:
        report.check(page, name, [f"unreadable: {error}"])
        return
    problems = []
    for x, y in ((5, 5), (5, height - 6)):
        r, g, b = rows[y][x]
        luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255  # Rec. 709 weights on sRGB values
        if (luminance >= 0.2) if dark else (luminance <= 0.8):
            problems.append(f"pixel ({x},{y}) is rgb{(r, g, b)}, luminance {luminance:.2f}")
    report.check(page, name, problems)


def check_print(report, page, dom, text_path):
    """Printed, the page hides its TOC and copy buttons and keeps every command in full."""
    lang = re.search(r"runbook\.(\w+)\.html$", page).group(1)
    with open(LOCALES.format(lang), encoding="utf-8") as f:
        labels = json.load(f)
    text = read_text(text_path)
    if not text.strip():
        report.check(page, "print: printed to PDF", [f"no text in {text_path}; see its .stderr"])
        return
    # A visible label is a line of its own (a paragraph, a block button); prose may use the word.
    lines = {line.strip() for line in text.splitlines()}
    for key, what in (("page.toc", "table of contents"), ("page.copy", "copy button")):
        report.check(page, f"print: no {what} ({labels[key]!r} alone on a line of the PDF text)",
                     [f"{labels[key]!r} found"] if labels[key] in lines else [])
    # pdftotext wraps long lines where the printed page did: compare without any whitespace.
    printed = "".join(text.split())
    firsts = [" ".join((c.text().strip().splitlines() or [""])[0].split())
              for c in select(dom, "code", "language-shell") if c.parent.tag == "pre"]
    report.check(page, f"print: the first line of every shell block ({len(firsts)}) is in the PDF text",
                 (["no shell blocks"] if not firsts else [])
                 + [first[:100] for first in firsts if "".join(first.split()) not in printed])


def check_runbook(report, page, dom):
    lang = re.search(r"runbook\.(\w+)\.html$", page).group(1)
    html = select(dom, "html")
    html_lang = html[0].attrs.get("lang") if html else None
    report.check(page, f'<html lang="{lang}">',
                 [] if html_lang == lang else [f"lang is {html_lang!r}"])

    ids = collections.Counter(e.attrs["id"] for e in dom.elements() if "id" in e.attrs)
    toc = [a.attrs["href"][1:] for nav in select(dom, "nav") for a in select(nav, "a")
           if a.attrs.get("href", "").startswith("#")]
    report.check(page, f"all {len(toc)} TOC links reach exactly one element",
                 (["no TOC links"] if not toc else [])
                 + [f"#{t} matches {ids[t]} elements" for t in toc if ids[t] != 1])

    steps = [int(m.group(1)) for e in dom.elements()
             if (m := re.fullmatch(r"step-(\d+)", e.attrs.get("id", "")))]
    report.check(page, f"step anchors step-1 ... step-{len(steps)} in order",
                 [] if steps and steps == list(range(1, len(steps) + 1))
                 else [f"found {steps}"])

    check_copy_buttons(report, page, dom)

    other = "runbook.en.html" if lang == "ja" else "runbook.ja.html"
    links = [a for a in select(dom, "a") if a.attrs.get("href") == other]
    exists = os.path.exists(os.path.join(os.path.dirname(page), other))
    report.check(page, f'links to its translation <a href="{other}">',
                 (["no such link"] if not links else []) + ([] if exists else [f"{other} missing"]))


def check_copy_buttons(report, page, dom):
    # The page's script wraps each shell <pre> in <div class="command"> and appends
    # <button type="button" class="copy-button"> to that div.
    shell = [c for c in select(dom, "code", "language-shell") if c.parent.tag == "pre"]
    buttons = select(dom, "button", "copy-button")
    problems = [] if shell else ["no shell blocks"]
    if len(buttons) != len(shell):
        problems.append(f"{len(buttons)} copy buttons for {len(shell)} shell blocks")
    for button in buttons:
        div = button.parent
        in_div = [c for pre in select(div, "pre") for c in select(pre, "code", "language-shell")]
        if div.tag != "div" or not div.has_class("command"):
            problems.append(f"a copy button sits in <{div.tag} class={div.attrs.get('class')!r}>")
        elif len(in_div) != 1:
            problems.append(f"a div.command holds {len(in_div)} shell blocks")
        elif button.attrs.get("type") != "button":
            problems.append(f"a copy button has type={button.attrs.get('type')!r}")
    for code in shell:
        div = code.parent.parent
        if not (div.tag == "div" and div.has_class("command")
                and len([b for b in div.child_elements() if b.has_class("copy-button")]) == 1):
            problems.append("shell block without its own div.command and copy button: "
                            + code.text().strip()[:60])
    report.check(page, f"every shell block ({len(shell)}) has a copy button in its div.command",
                 problems)


def check_index(report, page, dom):
    html = select(dom, "html")
    report.check(page, "<html lang> present",
                 [] if html and html[0].attrs.get("lang") else ["no lang attribute"])
    hrefs = {a.attrs.get("href") for a in select(dom, "a")}
    problems = []
    for lang in ("ja", "en"):
        for fmt in ("html", "md"):
            name = f"runbook.{lang}.{fmt}"
            if name not in hrefs:
                problems.append(f"no link to {name}")
            elif not os.path.exists(os.path.join(os.path.dirname(page), name)):
                problems.append(f"{name} is linked but missing")
    report.check(page, "links to the four runbook files, which exist", problems)


def check_hostile(report, page, dom):
    titles = select(dom, "title")
    title = titles[0].text() if titles else ""
    report.check(page, "title is not PWNED", ["title is " + repr(title)] if "PWNED" in title else [])

    body = " ".join(select(dom, "body")[0].text().split()) if select(dom, "body") else ""
    report.check(page, "the hostile sentences reached the page (as text)",
                 [f"{key}: no {value.split()[0]}" for key, value in HOSTILE.items()
                  if value.split()[0] not in body])

    # The page template has one inline script of its own, Templates/page.js word for word; any
    # other <script> came from the content.
    own_script = read_text(OWN_SCRIPT)
    scripts = select(dom, "script")
    problems = [f"{len(scripts)} <script> elements"] if len(scripts) > 1 else []
    problems += [f"<script src={s.attrs.get('src')!r}> with content {s.text()[:60]!r}"
                 for s in scripts if "src" in s.attrs or s.text() != own_script]
    report.check(page, "no <script> but the page's own single inline one", problems)

    report.check(page, "no on* event handler attribute",
                 [f"<{e.tag} {a}={v!r}>" for e in dom.elements() for a, v in e.attrs.items()
                  if a.startswith("on")])
    # Browsers ignore ASCII whitespace and control characters around and inside the scheme.
    report.check(page, "no javascript: URL in any attribute",
                 [f"<{e.tag} {a}={v!r}>" for e in dom.elements() for a, v in e.attrs.items()
                  if re.sub(r"[\x00-\x20]", "", v or "").lower().startswith("javascript:")])


def console_messages(stderr_path):
    return [line.split("] ", 1)[-1] for line in read_text(stderr_path).splitlines()
            if ":CONSOLE" in line]


def report_pages(work, shots):
    report = Report()
    with open(os.path.join(work, "pages.tsv"), encoding="utf-8") as f:
        pages = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for kind, page, name in pages:
        base = os.path.join(work, name)
        print(f"\n== {kind}: {page}")
        if not read_text(base + ".dom.html").strip():
            report.check(page, "Chromium rendered the page",
                         [f"no DOM; see {base}.stderr"] + read_text(base + ".stderr").splitlines()[-3:])
            continue
        dom = parse_dom(base + ".dom.html")
        for message in console_messages(base + ".stderr"):
            print(f"INFO  console: {message[:300]}")
        if kind == "control":
            # Proves the net-log reading still works with this Chromium: the control page
            # deliberately requests an image over http, which must show up as page-initiated.
            found = [u for u, i in requests_in(load_netlog(base + ".netlog.json")) if is_page_request(i)]
            report.check(page, "control: the net-log check sees a deliberate request",
                         [] if found else ["no page-initiated request found"])
            continue
        {"runbook": check_runbook, "index": check_index, "hostile": check_hostile}[kind](report, page, dom)
        check_no_requests(report, page, base + ".netlog.json", dom)
        check_screenshot(report, page, os.path.join(shots, name + ".png"))
        if kind == "runbook":
            check_background(report, page, os.path.join(shots, name + ".png"), dark=False)
            check_background(report, page, os.path.join(shots, name + "-dark.png"), dark=True)
            check_print(report, page, dom, base + ".pdf.txt")

    print("\nRequests Chromium made on its own (not failures; all went to the dead proxy 127.0.0.1:9):")
    for url, count in sorted(report.browser_requests.items()):
        print(f"  {count:3d} x {url}")
    print()
    print(f"{report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


def write_hostile_templates(en_json, folder):
    with open(en_json, encoding="utf-8") as f:
        catalog = json.load(f)
    for key, value in HOSTILE.items():
        if key not in catalog:
            sys.exit(f"{en_json} has no key {key}: update HOSTILE in {__file__}")
        catalog[key] = value + " " + catalog[key]
    os.makedirs(os.path.join(folder, "locales"), exist_ok=True)
    with open(os.path.join(folder, "locales", "en.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "hostile-templates":
        write_hostile_templates(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "report":
        sys.exit(report_pages(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)

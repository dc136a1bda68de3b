"""What a reader does with the runbook pages, done in a real browser: pytest + Playwright driving
Debian's Chromium, with axe-core for the accessibility audit.

Run by Scripts/browser-test.sh (`make browser-test`), which installs what this needs and passes:
  BROWSER_TEST_PAGES    the pages to check, one per line (default: Output/*/*.html). A runbook
                        page is one whose <html> has data-task; the others (index pages) get the
                        checks that apply to any page.
  BROWSER_TEST_HOSTILE  a runbook page generated from the catalogs `hostile-templates` writes.
  BROWSER_TEST_SHOTS    a folder for a screenshot of every failing test's page (optional).

  python3 Scripts/browser_check.py hostile-templates EN_JSON DIR   writes DIR/locales/en.json
"""
import glob
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
# Every request Chromium makes, its own included, goes to a closed port on loopback
# (../shared/reference/testing-with-real-tools.md).
CHROMIUM_ARGS = ["--proxy-server=127.0.0.1:9", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
WIDE = {"width": 1400, "height": 900}  # the contents stand in a sidebar from 72rem (1152 px) up
NARROW = {"width": 560, "height": 900}  # long commands wrap
PHONE = {"width": 390, "height": 844}  # a phone held upright

# Hostile sentences: what a template author's mistake could put into each place a sentence lands
# (Markdown, attributes, the script's labels, the SVG). Each would set window.hostile if it ran,
# and starts with a marker so the test can see that it reached the page (else it proves nothing).
HOSTILE = {
    "overview.accounts": "HOSTILE-1 <script>window.hostile=1</script>",
    "heroku.intro.create": "HOSTILE-2 <img src=x onerror=\"window.hostile=2\">",
    "support.ticket": "HOSTILE-3 [click](javascript:window.hostile=3)",
    "step.plugin.output": "HOSTILE-4 <javascript:window.hostile=4>",
    "page.copy": "HOSTILE-5 \"><img src=x onerror=\"window.hostile=5\">",
    "page.done": "HOSTILE-6 <img src=x onerror=window.hostile=6>",
    "diagram.clients": "HOSTILE-7 </text><script>window.hostile=7</script>",
    "page.toc": "HOSTILE-8 \"><img src=x onerror=window.hostile=8>",
}


def write_hostile_templates(en_json, folder):
    catalog = json.loads(Path(en_json).read_text(encoding="utf-8"))
    for key, value in HOSTILE.items():
        if key not in catalog:
            sys.exit(f"{en_json} has no key {key}: update HOSTILE in {__file__}")
        catalog[key] = value + " " + catalog[key]
    target = Path(folder, "locales", "en.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(catalog, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "hostile-templates":
        write_hostile_templates(sys.argv[2], sys.argv[3])
        sys.exit(0)
    sys.exit(__doc__)

import pytest  # noqa: E402  (the hostile-templates mode above runs without the test libraries)
from axe_playwright_python.sync_playwright import Axe  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402


def _pages():
    listed = os.environ.get("BROWSER_TEST_PAGES")
    paths = listed.split("\n") if listed else sorted(glob.glob(str(ROOT / "Output/*/*.html")))
    return [Path(p).resolve() for p in paths if p.strip()]


def _is_runbook(path):
    return re.search(r"<html [^>]*\bdata-task=", path.read_text(encoding="utf-8")[:2000]) is not None


PAGES = _pages()
RUNBOOKS = [p for p in PAGES if _is_runbook(p)]
HOSTILE_PAGE = Path(os.environ["BROWSER_TEST_HOSTILE"]).resolve() if os.environ.get("BROWSER_TEST_HOSTILE") else None
ALL_PAGES = PAGES + ([HOSTILE_PAGE] if HOSTILE_PAGE else [])


def _name(path):
    return f"{path.parent.name}/{path.name}" if path != HOSTILE_PAGE else "hostile/" + path.name


def _language(path):
    return re.search(r"\.(\w+)\.html$", path.name).group(1)


def _catalog(language):
    return json.loads((ROOT / f"Templates/locales/{language}.json").read_text(encoding="utf-8"))


def _task(path):
    return re.search(r'<html [^>]*\bdata-task="([^"]*)"', path.read_text(encoding="utf-8")[:2000]).group(1)


def _has_diagram(path):
    """The create runbook draws the connection; the other tasks may."""
    return _task(path) == "create" or 'class="diagram"' in path.read_text(encoding="utf-8")


def _shell_blocks(markdown_path):
    """The ```shell blocks of the Markdown written beside the page: what each Copy must yield."""
    blocks, current, fence = [], None, None
    for line in markdown_path.read_text(encoding="utf-8").split("\n"):
        if current is None and (m := re.fullmatch(r"(`{3,})shell", line)):
            current, fence = [], m.group(1)
        elif current is not None and line == fence:
            blocks.append("\n".join(current))
            current = None
        elif current is not None:
            current.append(line)
    return blocks


def _luminance(css_color):
    """Relative luminance (WCAG) of an `rgb(…)`/`rgba(…)` computed colour."""
    r, g, b = (int(v) for v in re.findall(r"[\d.]+", css_color)[:3])

    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a, b):
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


# --- Fixtures -------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Reader:
    """One browser context (fresh storage, a real clipboard) with one page open, recording every
    request the page makes."""

    def __init__(self, browser, path, **options):
        self.path = path
        self.url = path.as_uri()
        self.context = browser.new_context(permissions=["clipboard-read", "clipboard-write"],
                                           viewport=options.pop("viewport", WIDE), **options)
        self.context.set_default_timeout(5000)
        self.requests = []
        self.context.on("request", lambda request: self.requests.append((request.url, request.resource_type)))
        self.errors = []
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(self.url)

    def foreign_requests(self):
        """Requests other than for a page beside this one (the page, a reload, the other
        language): anything else means the page fetched something."""
        folder = self.path.parent.as_uri() + "/"
        return [url for url, kind in self.requests
                if not (kind == "document" and url.startswith(folder) and url.endswith(".html")
                        and "/" not in url[len(folder):])]

    def clipboard(self):
        return self.page.evaluate("navigator.clipboard.readText()")

    def follow(self, link):
        """Clicks an in-page link; whether its target is then in view."""
        target = link.get_attribute("href")
        link.click()
        self.page.wait_for_function("h => location.hash === h", arg=target)
        return self.in_view(target)

    def in_view(self, selector_or_handle):
        """Whether the element's top edge is inside the viewport."""
        handle = (self.page.query_selector(selector_or_handle)
                  if isinstance(selector_or_handle, str) else selector_or_handle)
        return handle is not None and handle.evaluate("e => { const r = e.getBoundingClientRect();"
                               " return r.top >= 0 && r.top < innerHeight && r.height > 0; }")


@pytest.fixture
def reader(browser, request):
    opened = []
    failures_before = request.session.testsfailed

    def open_page(path, **options):
        opened.append(Reader(browser, path, **options))
        return opened[-1]
    yield open_page
    shots = os.environ.get("BROWSER_TEST_SHOTS")
    failed = request.session.testsfailed > failures_before  # the test's own report is in by now
    for r in opened:
        if shots and failed and not r.page.is_closed():
            Path(shots).mkdir(parents=True, exist_ok=True)
            r.page.screenshot(path=str(Path(shots, re.sub(r"\W+", "-", request.node.name) + ".png")))
        r.context.close()
    # Whatever a test did on a page, the page fetched nothing.
    for r in opened:
        assert not r.foreign_requests(), f"{r.path.name} requested {r.foreign_requests()}"


@pytest.fixture(scope="session")
def _shared_page(browser):
    pages = {}

    def page_for(path):
        if path not in pages:
            pages[path] = Reader(browser, path)
        return pages[path]
    yield page_for
    for r in pages.values():
        r.context.close()
    for r in pages.values():
        assert not r.foreign_requests(), f"{r.path.name} requested {r.foreign_requests()}"


@pytest.fixture
def viewer(_shared_page):
    """For checks that only look: one page per file for the whole run (opening a context costs
    more than most such checks), set to the window size and colour scheme each check asks for."""
    def view(path, viewport=WIDE, color_scheme="light"):
        r = _shared_page(path)
        r.page.set_viewport_size(viewport)
        r.page.emulate_media(media="screen", color_scheme=color_scheme)
        r.page.evaluate("window.scrollTo(0, 0)")
        return r
    return view


runbooks = pytest.mark.parametrize("path", RUNBOOKS, ids=_name)
every_page = pytest.mark.parametrize("path", ALL_PAGES, ids=_name)


def test_there_are_pages_to_check():
    assert RUNBOOKS, f"no runbook page among {PAGES}"
    assert HOSTILE_PAGE or os.environ.get("BROWSER_TEST_PAGES"), "no hostile page given"


# --- Copy, at a width where long commands wrap ---------------------------------------------------

@runbooks
def test_every_copy_button_copies_exactly_its_block(reader, path):
    expected = _shell_blocks(path.with_suffix(".md"))
    copied_label = _catalog(_language(path))["page.copied"]
    r = reader(path, viewport=NARROW)
    buttons = r.page.locator("button.copy-button")
    assert expected and buttons.count() == len(expected), "one Copy button per shell block of the Markdown"
    for index, text in enumerate(expected):
        r.page.evaluate("navigator.clipboard.writeText('')")
        buttons.nth(index).click()
        expect(buttons.nth(index)).to_have_text(copied_label)
        assert r.clipboard() == text, f"Copy button {index + 1} put something else in the clipboard"


@runbooks
def test_long_lines_wrap_with_a_mark_and_nothing_scrolls(viewer, path):
    r = viewer(path, viewport=NARROW)
    wrapped = r.page.evaluate("""() => [...document.querySelectorAll('pre .line')]
        .filter(line => line.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(line).lineHeight))
        .map(line => ({ text: line.textContent.slice(0, 60), indent: getComputedStyle(line).textIndent,
                        mark: getComputedStyle(line).backgroundImage, size: getComputedStyle(line).backgroundSize }))""")
    assert wrapped, "no long line wraps at this width"
    # The mark is drawn by the line's background, below its first row.
    unmarked = [w for w in wrapped if w["mark"].count("gradient(") < 2 or "100% - " not in w["size"]]
    assert not unmarked, f"wrapped lines without a continuation mark: {unmarked}"
    scrolling = r.page.evaluate("""() => [...document.querySelectorAll('pre, pre .line, main, body')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.tagName + ' ' + e.textContent.slice(0, 40))""")
    assert not scrolling, f"these scroll sideways instead of wrapping: {scrolling}"


# Every shell line that wraps, as Chromium lays it out: the rows that start inside a word of
# ASCII characters short enough to fit a row (Japanese text breaks between characters), and the
# rows that start less than 2 characters further in than the line's first text.
WRAPPED_ROWS = """() => {
  const found = { lines: 0, inside: [], shallow: [] };
  for (const line of document.querySelectorAll('pre code.language-shell .line')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const chars = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (box) chars.push({ c: node.data[i], top: box.top, left: box.left });
      }
    }
    const starts = chars.map((ch, i) => i).filter(i => i > 0 && chars[i].top > chars[i - 1].top + 2);
    if (!starts.length) continue;
    found.lines++;
    const text = chars.map(ch => ch.c).join('');
    const probe = document.createElement('span'); probe.textContent = 'x'; line.appendChild(probe);
    const ch = probe.getBoundingClientRect().width; probe.remove();
    const style = getComputedStyle(line);
    const room = line.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const first = chars.find(ch => ch.c !== ' ');
    for (const i of starts) {
      let from = i, to = i;
      while (from > 0 && text[from - 1] !== ' ') from--;
      while (to < text.length && text[to] !== ' ') to++;
      const word = text.slice(from, to);
      if (text[i - 1] !== ' ' && text[i] !== ' ' && /^[\x21-\x7e]+$/.test(word) && word.length * ch <= room)
        found.inside.push(text.slice(Math.max(0, i - 12), i) + '|' + text.slice(i, i + 12));
      if (chars[i].left < first.left + 1.9 * ch)
        found.shallow.push(text.slice(0, 40) + ': row at ' + (chars[i].left - first.left).toFixed(1) + 'px');
    }
  }
  return found;
}"""


@runbooks
@pytest.mark.parametrize("viewport", [PHONE, NARROW, WIDE], ids=["phone", "narrow", "wide"])
def test_commands_wrap_at_spaces_and_continued_rows_stay_under_their_first(viewer, path, viewport):
    """A command breaks between words (not inside `--aws-account-id` or `hanami-orders`) unless a
    word is longer than a row, and each continued row starts 2 characters further in than the
    text of its first row, nested lines included."""
    r = viewer(path, viewport=viewport)
    found = r.page.evaluate(WRAPPED_ROWS)
    if viewport is WIDE and not found["lines"]:
        pytest.skip("no shell line wraps at this width")
    assert found["lines"], "no shell line wraps at this width"
    assert not found["inside"], f"rows break inside a word: {found['inside'][:6]}"
    assert not found["shallow"], f"continued rows not indented under their first: {found['shallow'][:6]}"


# --- A phone -------------------------------------------------------------------------------------

@every_page
def test_a_phone_shows_the_page_without_sideways_scroll(viewer, path):
    r = viewer(path, viewport=PHONE)
    widths = r.page.evaluate("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]")
    # The diagram keeps its size and scrolls inside its frame; the frame itself stays on screen.
    wide = r.page.evaluate("""() => [...document.querySelectorAll('body *')]
        .filter(e => !e.closest('figure.connection svg'))
        .filter(e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.right > innerWidth + 1; })
        .map(e => e.tagName + ' ' + e.textContent.slice(0, 50))""")
    assert widths[0] <= widths[1] + 1 and not wide, f"at {PHONE['width']} px the page is {widths[0]} px wide: {wide[:5]}"


# Where each line of the prose starts, as Chromium lays it out: the text from there, and the text
# just before it. Code (values, commands) is left out.
LINE_STARTS = """() => {
  const starts = [];
  for (const block of document.querySelectorAll('main p, main li, main blockquote')) {
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let top = null, before = '';
    while (walker.nextNode()) {
      const node = walker.currentNode, inCode = node.parentElement.closest('code, pre') !== null;
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange(); range.setStart(node, i); range.setEnd(node, i + 1);
        const box = range.getClientRects()[0];
        if (!box) continue;
        if (top !== null && box.top > top + 2 && !inCode) starts.push({ text: node.data.slice(i, i + 8), before });
        top = box.top;
        before = (before + node.data[i]).slice(-8);
      }
    }
  }
  return starts;
}"""


@runbooks
def test_japanese_lines_break_between_phrases(viewer, path):
    """Japanese pages keep phrases whole (`word-break: auto-phrase`), and no line starts with the
    particle after a value (「を選択します」): the page holds the space before it together."""
    r = viewer(path, viewport=PHONE)
    word_break = r.page.evaluate("getComputedStyle(document.querySelector('main p')).wordBreak")
    if _language(path) != "ja":
        assert word_break == "normal"
        return
    assert word_break == "auto-phrase"
    starts = r.page.evaluate(LINE_STARTS)
    assert starts, "no line breaks at this width"
    particle = re.compile(r"[がをにではとのもへや](?![\u3041-\u309f])")
    broken = [f"{s['before']}|{s['text']}" for s in starts if particle.match(s["text"])]
    assert not broken, f"lines start with a particle: {broken[:8]}"


# --- Links ---------------------------------------------------------------------------------------

@runbooks
def test_every_contents_link_scrolls_its_target_into_view(reader, path):
    r = reader(path)
    links = r.page.locator("nav a[href^='#']")
    assert links.count() > 0
    for index in range(links.count()):
        assert r.follow(links.nth(index)), f"{links.nth(index).get_attribute('href')} is not in view after clicking its contents link"


@runbooks
def test_every_step_reference_in_the_text_scrolls_to_its_step(reader, path):
    r = reader(path)
    links = r.page.locator("main a[href^='#step-']")
    assert links.count() > 0 or _task(path) != "create", "no step reference is a link"
    for index in range(links.count()):
        r.page.evaluate("window.scrollTo(0, 0)")
        link = links.nth(index)
        assert r.follow(link), f"{link.get_attribute('href')} is not in view after clicking the reference {link.inner_text()!r}"


@runbooks
def test_the_language_link_opens_the_same_task_in_the_other_language(reader, path):
    language = _language(path)
    other = "en" if language == "ja" else "ja"
    r = reader(path)
    addon, task = (r.page.get_attribute("html", a) for a in ("data-addon", "data-task"))
    r.page.locator("header .other-language a").click()
    r.page.wait_for_load_state()
    assert r.page.url == path.with_name(path.name.replace(f".{language}.html", f".{other}.html")).as_uri()
    assert r.page.get_attribute("html", "lang") == other
    assert (r.page.get_attribute("html", "data-addon"), r.page.get_attribute("html", "data-task")) == (addon, task)
    assert r.page.locator("main [id^='step-']").count() > 0


# --- Nothing leaves the page; hostile text stays text ------------------------------------------

@every_page
def test_no_request_leaves_the_page(reader, path):
    r = reader(path, viewport=NARROW)
    # Loading, then the print view. Every other test also fails, at its end, on a request for
    # anything but a page: the clicks, keys, links and schemes they try are covered there.
    r.page.emulate_media(media="print")
    r.page.pdf()
    r.page.wait_for_timeout(300)
    assert [url for url, _ in r.requests] == [r.url], "the page requested something besides itself"
    assert r.errors == [], "the page's script failed"


@pytest.mark.skipif(HOSTILE_PAGE is None, reason="no hostile page given")
def test_hostile_template_text_runs_no_script(reader):
    r = reader(HOSTILE_PAGE)
    text = r.page.evaluate("document.body.textContent")
    missing = [value.split()[0] for value in HOSTILE.values() if value.split()[0] not in text]
    assert not missing, f"these hostile sentences did not reach the page, so prove nothing: {missing}"
    for link in r.page.locator("a").filter(has_text="HOSTILE").all():
        link.click(no_wait_after=True)
    for button in r.page.locator("main button, main input").all():
        button.click()
    r.page.wait_for_timeout(300)
    assert r.page.evaluate("typeof window.hostile") == "undefined", "hostile text ran as script"
    # An empty link (what safe mode leaves of a javascript: URL) reloads the page itself.
    assert {url for url, _ in r.requests} == {r.url}, "hostile text made the page request something"


# --- Dark scheme, print --------------------------------------------------------------------------

COLOURS = """() => {
  const style = e => getComputedStyle(e);
  const text = [...document.querySelectorAll('svg.diagram text')].map(t => style(t).fill);
  const box = document.querySelector('svg.diagram .diagram-box');
  return { background: style(document.body).backgroundColor, text: style(document.body).color,
           code: style(document.querySelector('pre')).backgroundColor,
           diagramText: text, diagramBox: box && style(box).fill, diagramLine: box && style(box).stroke };
}"""


@runbooks
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_colour_scheme_is_followed_and_readable(viewer, path, scheme):
    r = viewer(path, color_scheme=scheme)
    colours = r.page.evaluate(COLOURS)
    background = _luminance(colours["background"])
    assert (background < 0.05) if scheme == "dark" else (background > 0.9), f"background {colours['background']}"
    assert _contrast(colours["text"], colours["background"]) >= 7, colours
    assert _contrast(colours["code"], colours["background"]) > 1.1, "code blocks don't stand out"
    if not _has_diagram(path):
        return
    assert colours["diagramText"], "no diagram"
    low = [c for c in colours["diagramText"] if _contrast(c, colours["diagramBox"]) < 4.5
           or _contrast(c, colours["background"]) < 4.5]
    assert not low, f"diagram text hard to read on {colours['diagramBox']}: {low}"
    assert _contrast(colours["diagramLine"], colours["background"]) >= 3, "diagram outlines hard to see"


@runbooks
def test_print_shows_the_text_and_every_command_whole(reader, path, tmp_path):
    r = reader(path)
    r.page.locator(".step-done input").first.check()  # the checklist exists on screen
    r.page.emulate_media(media="print")
    hidden = r.page.evaluate("""() => ['nav', 'button', 'input', '.step-done', '.checklist'].flatMap(s =>
        [...document.querySelectorAll(s)].filter(e => e.getClientRects().length > 0).map(() => s))""")
    assert not hidden, f"printed: {sorted(set(hidden))}"
    assert r.page.locator("svg.diagram").is_visible() or not _has_diagram(path), "the diagram is not printed"
    cut = r.page.evaluate("""() => [...document.querySelectorAll('pre, pre .line')]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent.slice(0, 60))""")
    assert not cut, f"cut off in print: {cut}"
    pdf = tmp_path / "page.pdf"
    r.page.pdf(path=str(pdf), format="A4")
    # -layout keeps a hyphen that ends a printed row, which the default drops.
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = {line.strip() for line in text.splitlines()}
    labels = _catalog(_language(path))
    for key in ("page.toc", "page.copy", "page.done", "page.checklist.reset"):
        assert labels[key] not in lines, f"{labels[key]!r} ({key}) is printed"
    printed = re.sub(r"\s", "", text)
    missing = [b[:80] for b in _shell_blocks(path.with_suffix(".md")) if re.sub(r"\s", "", b) not in printed]
    assert not missing, f"commands not printed whole: {missing}"


# --- Accessibility, keyboard ---------------------------------------------------------------------

@every_page
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_nothing_serious(viewer, path, scheme):
    r = viewer(path, color_scheme=scheme)
    # Only colours change with the scheme: in the dark one, the contrast rule is the one to run.
    options = {"resultTypes": ["violations"]} | ({"runOnly": ["color-contrast"]} if scheme == "dark" else {})
    results = Axe().run(r.page, options=options)
    serious = [f"{v['id']} ({v['impact']}): {v['help']}; e.g. {v['nodes'][0]['html'][:120]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


@runbooks
def test_tab_reaches_every_copy_button_with_a_focus_ring_and_enter_copies(reader, path):
    expected = _shell_blocks(path.with_suffix(".md"))
    r = reader(path)
    buttons = r.page.locator("button.copy-button")
    # What each Tab focuses, noted by the page as it happens (one round trip per key, not three).
    r.page.evaluate("""() => { window.focusLog = [];
        document.addEventListener('focusin', e => { const s = getComputedStyle(e.target);
            window.focusLog.push({ copy: [...document.querySelectorAll('button.copy-button')].indexOf(e.target),
                                   ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 }); }); }""")
    for _ in range(r.page.evaluate("document.querySelectorAll('a[href], button, input').length") + 2):
        r.page.keyboard.press("Tab")
    log = [entry for entry in r.page.evaluate("window.focusLog") if entry["copy"] >= 0]
    assert sorted({entry["copy"] for entry in log}) == list(range(buttons.count())) and log, \
        f"Tab reached Copy buttons {sorted({e['copy'] for e in log})} of {buttons.count()}"
    assert all(entry["ring"] for entry in log), "a Copy button has no visible focus ring when tabbed to"
    for index, text in enumerate(expected):
        buttons.nth(index).focus()
        r.page.evaluate("navigator.clipboard.writeText('')")
        r.page.keyboard.press("Enter")
        r.page.wait_for_function("() => navigator.clipboard.readText().then(t => t !== '')", timeout=2000)
        assert r.clipboard() == text, f"Enter on Copy button {index + 1}"


# --- The checklist, the layout, the page without script ------------------------------------------

@runbooks
def test_checklist_survives_a_reload_and_resets(reader, path):
    r = reader(path)
    boxes = r.page.locator(".step-done input[type=checkbox]")
    steps = r.page.locator("main [id^='step-']").count()
    assert steps and boxes.count() == steps, "one done box per step"
    boxes.nth(1).check()
    boxes.nth(steps - 1).check()
    r.page.reload()
    checked = r.page.evaluate("[...document.querySelectorAll('.step-done input')].map(b => b.checked)")
    assert checked == [i in (1, steps - 1) for i in range(steps)], "ticks lost on reload"
    marked = r.page.locator("nav a.done")
    assert marked.count() == 2
    addon, task = (r.page.get_attribute("html", a) for a in ("data-addon", "data-task"))
    keys = r.page.evaluate("Object.keys(localStorage)")
    assert len(keys) == 1 and addon in keys[0] and task in keys[0], f"storage keys {keys}"
    r.page.locator("button.checklist-reset").click()
    r.page.reload()
    assert r.page.evaluate("[...document.querySelectorAll('.step-done input')].some(b => b.checked)") is False
    assert r.page.locator("nav a.done").count() == 0


@runbooks
def test_title_then_contents_which_stay_in_a_sidebar_on_wide_screens(viewer, path):
    r = viewer(path)
    order = r.page.evaluate("document.querySelector('h1').compareDocumentPosition(document.querySelector('nav'))")
    assert order & 4, "the table of contents comes before the title"
    nav, main = (r.page.locator(s).bounding_box() for s in ("nav", "main"))
    assert nav["x"] + nav["width"] <= main["x"], "on a wide screen the contents are not beside the text"
    r.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    assert r.in_view("nav"), "the contents scrolled away with the text"
    r.page.set_viewport_size(NARROW)
    nav, main = (r.page.locator(s).bounding_box() for s in ("nav", "main"))
    assert nav["y"] + nav["height"] <= main["y"], "on a narrow screen the contents are not above the text"


@runbooks
def test_without_script_the_page_reads_as_before(reader, path):
    r = reader(path, java_script_enabled=False)
    assert r.page.locator("button, input").count() == 0
    assert r.page.locator("main").is_visible() and r.page.locator("h1").is_visible()
    assert r.page.locator("nav a").count() > 0
    assert r.page.locator("svg.diagram").is_visible() or not _has_diagram(path)
    blocks = r.page.evaluate("[...document.querySelectorAll('pre > code.language-shell')].map(c => c.textContent)")
    assert [b.removesuffix("\n") for b in blocks] == _shell_blocks(path.with_suffix(".md"))


@runbooks
def test_japanese_text_has_fonts_on_windows_macos_and_linux(viewer, path):
    r = viewer(path)
    fonts = r.page.evaluate("getComputedStyle(document.body).fontFamily")
    for family in ("Hiragino Sans", "Yu Gothic", "Meiryo", "Noto Sans CJK JP"):
        assert family in fonts, f"no {family} in {fonts}"


@runbooks
def test_on_a_phone_the_diagram_keeps_its_size_and_scrolls_in_its_frame(viewer, path):
    if not _has_diagram(path):
        pytest.skip("this task's page has no diagram")
    r = viewer(path, viewport=PHONE)
    sizes = r.page.evaluate("""() => { const f = document.querySelector('figure.connection'), svg = f.querySelector('svg');
        return { drawn: svg.getBoundingClientRect().width, natural: svg.viewBox.baseVal.width,
                 right: f.getBoundingClientRect().right, scrolls: f.scrollWidth > f.clientWidth, tabindex: f.tabIndex }; }""")
    assert sizes["drawn"] >= sizes["natural"] - 1, f"the diagram shrinks to {sizes['drawn']:.0f} of {sizes['natural']:.0f} px"
    assert sizes["right"] <= PHONE["width"] + 1 and sizes["scrolls"], f"the frame does not scroll within the screen: {sizes}"
    assert sizes["tabindex"] == 0, "the keyboard cannot reach the frame to scroll it"
    before = r.page.evaluate("document.querySelector('figure.connection').scrollLeft")
    r.page.focus("figure.connection")
    r.page.keyboard.press("ArrowRight")
    after = before
    for _ in range(20):  # smooth scrolling takes a few frames
        after = r.page.evaluate("() => document.querySelector('figure.connection').scrollLeft")
        if after > before:
            break
        r.page.wait_for_timeout(50)
    assert after > before, "the arrow key does not scroll the diagram's frame"


@runbooks
def test_the_diagram_shows_this_connection_within_its_frame(viewer, path):
    if not _has_diagram(path):
        pytest.skip("this task's page has no diagram")
    r = viewer(path)
    figure = r.page.locator("svg.diagram")
    assert r.page.evaluate("""() => { const f = document.querySelector('figure.connection');
        return document.querySelector('#overview').compareDocumentPosition(f) & 4
            && f.compareDocumentPosition(document.querySelector('#prerequisites')) & 4; }"""), \
        "the diagram is not in the overview"
    text = " ".join(figure.locator("text").all_text_contents())  # drawn, not the description
    params = r.page.locator("#parameters ~ ul").first.inner_text()
    values = [r.page.get_attribute("html", "data-addon"), "10000-11000"] + re.findall(r"arn:aws:iam::\d{12}:[\w+=,.@/-]+", params)
    values += re.findall(r"\b(?:vpc|vpce)-[0-9a-f]{8,17}\b|com\.amazonaws\.vpce\.[\w.-]+", params)
    missing = [v for v in values if v not in text]
    assert not missing, f"the diagram lacks {missing}"
    outside = r.page.evaluate("""() => { const svg = document.querySelector('svg.diagram');
        const box = svg.viewBox.baseVal;
        const frames = [...svg.querySelectorAll('rect')].map(r => r.getBBox());
        return [...svg.querySelectorAll('text')].filter(t => { const b = t.getBBox();
            const within = frames.filter(f => b.x >= f.x && b.x < f.x + f.width && b.y >= f.y && b.y < f.y + f.height);
            return b.x < 0 || b.y < 0 || b.x + b.width > box.width || b.y + b.height > box.height
                || within.some(f => b.x + b.width > f.x + f.width); })
          .map(t => t.textContent); }""")
    assert not outside, f"text runs out of its box or the drawing: {outside}"
    overlaps = r.page.evaluate("""() => { const t = [...document.querySelectorAll('svg.diagram text')].map(e => e.getBBox());
        return t.flatMap((a, i) => t.slice(i + 1).filter(b => a.x < b.x + b.width && b.x < a.x + a.width
            && a.y < b.y + b.height && b.y < a.y + a.height)).length; }""")
    assert overlaps == 0, "texts of the diagram overlap"

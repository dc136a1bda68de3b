"""The service's pages in a real browser (pytest + Playwright driving Debian's Chromium, axe-core),
by what a support engineer does: types values and sees each problem come and go beside its field,
downloads the zip and the documents, pastes a ticket and copies the reply.

Run by Scripts/serve-ui-test.sh (`make serve-ui-test`), which starts `privatelink-runbook serve`
on a free loopback port and passes:
  SERVE_URL    the service, e.g. http://127.0.0.1:40123
  SERVE_BIN    the same binary, to run `generate` and `diagnose` for the bytes to compare with
  SERVE_SHOTS  a folder for a screenshot of every failing test's page (optional)
"""
import io
import json
import os
import subprocess
import tempfile
import zipfile
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
URL = os.environ.get("SERVE_URL", "http://127.0.0.1:8080")
BIN = os.environ.get("SERVE_BIN", str(ROOT / ".build/debug/privatelink-runbook"))
CHROMIUM_ARGS = ["--proxy-server=127.0.0.1:9", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
EXAMPLE_ARGS = (ROOT / "Output/article-example.args").read_text(encoding="utf-8").split("\n")
TICKET = ROOT / "Tests/RunbookEvidenceTests/Fixtures/pastes/endpoint-failed.txt"


def catalog(language):
    return json.loads((ROOT / f"Templates/locales/{language}.json").read_text(encoding="utf-8"))


def service_catalog(language):
    return json.loads((ROOT / f"Templates/server/locales/{language}.json").read_text(encoding="utf-8"))


def example_values():
    """The article's example as the form's boxes: a repeatable field one value a line."""
    values = {}
    keys = {"--addon": "addon", "--app": "app", "--aws-account-id": "awsAccountIds", "--endpoint-id": "endpointId",
            "--region": "region", "--service-name": "serviceName", "--vpc-id": "vpcId", "--subnet-id": "subnetIds"}
    words = [w for w in EXAMPLE_ARGS if w]
    for flag, value in zip(words[::2], words[1::2]):
        key = keys[flag]
        values[key] = values[key] + "\n" + value if key in values else value
    return values


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class User:
    """A browser context with a real clipboard; every request the pages make is recorded."""

    def __init__(self, browser, locale, color_scheme="light"):
        self.context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], locale=locale,
                                           accept_downloads=True, color_scheme=color_scheme)
        self.page = self.context.new_page()
        self.requests = []
        self.context.on("request", lambda request: self.requests.append(request.url))

    def open(self, path):
        response = self.page.goto(URL + path)
        assert response.ok, f"{path}: {response.status}"
        return self.page

    def fill(self, values):
        for key, value in values.items():
            self.page.fill(f"#f-{key}", value)

    def close(self, request):
        failed = getattr(request.node, "rep_call", None)
        shots = os.environ.get("SERVE_SHOTS")
        if shots and failed is not None and failed.failed:
            Path(shots).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=f"{shots}/{request.node.name}.png", full_page=True)
        foreign = [u for u in self.requests if not (u.startswith(URL + "/") or u.startswith("blob:") or u == "about:blank")]
        self.context.close()
        assert not foreign, f"requests to another host: {foreign}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call":
        item.rep_call = report


@pytest.fixture
def user(browser, request):
    users = []

    def make(locale="ja-JP", color_scheme="light"):
        u = User(browser, locale, color_scheme)
        users.append(u)
        return u
    yield make
    for u in users:
        u.close(request)


def test_a_bad_account_id_shows_the_japanese_message_beside_its_field_until_fixed(user):
    u = user("ja-JP")
    page = u.open("/")
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    u.fill({"addon": "kafka-sushi-12345", "app": "privatelink-vpc-endpoint-demo"})
    page.locator("#f-awsAccountIds").press_sequentially("12345", delay=30)
    problem = page.locator("#problem-awsAccountIds")
    message = catalog("ja")["rule.aws-account-id.id"]
    expect(problem).to_be_visible()
    expect(problem).to_have_text(f"12345: {message}")
    expect(page.locator("#f-awsAccountIds")).to_have_attribute("aria-invalid", "true")
    # The field's problem is announced through its description.
    assert "problem-awsAccountIds" in page.locator("#f-awsAccountIds").get_attribute("aria-describedby")
    # Untouched fields say nothing yet, though required ones are still empty elsewhere.
    expect(page.locator("#problem-endpointId")).to_be_hidden()
    page.locator("#f-awsAccountIds").fill("123456789101")
    expect(problem).to_be_hidden()
    expect(page.locator("#f-awsAccountIds")).to_have_attribute("aria-invalid", "false")
    expect(page.locator("#status")).to_have_text(service_catalog("ja")["form.status.valid"])
    # Valid values bring the preview: the runbook page, in the frame.
    frame = page.frame_locator("#preview")
    expect(frame.locator("h1")).to_contain_text("kafka-sushi-12345")


def test_the_zip_is_what_generate_writes_for_every_task(user, tmp_path):
    u = user("en-US")
    page = u.open("/?lang=en")
    u.fill(example_values())
    expect(page.locator("#status")).to_have_text(service_catalog("en")["form.status.valid"])
    with page.expect_download() as download:
        page.get_by_role("button", name=service_catalog("en")["form.download.zip"]).click()
    data = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename == "kafka-sushi-12345.zip"
    out = tmp_path / "generated"
    for task in ["create", "add-accounts", "remove-accounts", "teardown"]:
        subprocess.run([BIN, "generate", *[w for w in EXAMPLE_ARGS if w], "--task", task, "--output", str(out)],
                       check=True, capture_output=True)
    expected = {str(p.relative_to(out)): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        got = {name: archive.read(name) for name in archive.namelist()}
    assert sorted(got) == sorted(expected)
    for name in expected:
        assert got[name] == expected[name], name


@pytest.mark.parametrize("fmt,language,name", [("md", "ja", "runbook.ja.md"), ("html", "en", "runbook.en.html")])
def test_documents_download_as_generate_prints_them(user, fmt, language, name):
    u = user("en-US")
    page = u.open("/?lang=en")
    u.fill(example_values())
    page.check(f"input[name=language][value={language}]")
    expect(page.locator("#status")).to_have_text(service_catalog("en")["form.status.valid"])
    with page.expect_download() as download:
        page.get_by_role("button", name=service_catalog("en")[f"form.download.{fmt}"], exact=True).click()
    printed = subprocess.run([BIN, "generate", *[w for w in EXAMPLE_ARGS if w], "--stdout", "--lang", language, "--format", fmt],
                             check=True, capture_output=True).stdout
    assert download.value.suggested_filename == name
    assert Path(download.value.path()).read_bytes() == printed


def test_a_pasted_ticket_gives_a_reply_that_copies_exactly(user):
    u = user("ja-JP")
    page = u.open("/diagnose")
    # A chosen file fills the paste box (the same path as dropping it).
    page.set_input_files("#paste-file", str(TICKET))
    expect(page.locator("#paste")).to_have_value(TICKET.read_text(encoding="utf-8"))
    page.get_by_role("button", name=service_catalog("ja")["diagnose.submit"]).click()
    page.get_by_role("button", name=service_catalog("ja")["diagnose.copy"]).click()
    # Found by id from here on: its name changes when it has copied.
    copy = page.locator("#copy-reply")
    expect(copy).to_have_text(service_catalog("ja")["diagnose.copied"])
    clipboard = page.evaluate("navigator.clipboard.readText()")
    with open(TICKET, "rb") as ticket:
        reply = subprocess.run([BIN, "diagnose", "--lang", "ja"], stdin=ticket, check=True, capture_output=True).stdout.decode()
    assert clipboard == reply
    expect(page.locator(".notes")).to_contain_text("vpc-endpoint.failed")
    # The whole runbook for what was learned: the form, filled in.
    page.get_by_role("button", name=service_catalog("ja")["diagnose.open-runbook"]).click()
    expect(page.locator("#f-endpointId")).to_have_value("vpce-0a7c3e9b2d4f61850")
    expect(page.locator("#f-subnetIds")).to_have_value("subnet-0123456789abcdef0\nsubnet-0123456789abcdef1")


def test_the_previews_other_language_link_shows_that_language_in_the_preview(user):
    u = user("en-US")
    page = u.open("/?lang=en")
    u.fill(example_values())
    frame = page.frame_locator("#preview")
    expect(frame.locator("html")).to_have_attribute("lang", "en")
    frame.locator(".other-language a").click()
    # The form's language follows the link, and the preview is the Japanese page generate writes.
    expect(page.locator("input[name=language][value=ja]")).to_be_checked()
    expect(frame.locator("html")).to_have_attribute("lang", "ja")
    printed = subprocess.run([BIN, "generate", *[w for w in EXAMPLE_ARGS if w], "--stdout", "--lang", "ja", "--format", "html"],
                             check=True, capture_output=True).stdout.decode()
    title = page.frame(name="preview").title()
    assert f"<title>{title}</title>" in printed


def test_the_language_switch_opens_the_other_language(user):
    u = user("en-US")
    page = u.open("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="日本語").click()
    expect(page.locator("html")).to_have_attribute("lang", "ja")
    expect(page.locator("h1")).to_have_text(service_catalog("ja")["form.title"])


def test_keyboard_alone_reaches_every_control_with_a_visible_focus_ring(user):
    u = user("en-US")
    page = u.open("/?lang=en")
    page.evaluate("""() => { window.focusLog = [];
        document.addEventListener('focusin', e => { const s = getComputedStyle(e.target);
            window.focusLog.push({ id: e.target.id || e.target.name || e.target.textContent.trim(),
                                   ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 }); }); }""")
    controls = page.evaluate("document.querySelectorAll('a[href], button:not([disabled]), input, select, textarea').length")
    for _ in range(controls + 3):
        page.keyboard.press("Tab")
    log = page.evaluate("window.focusLog")
    reached = {entry["id"] for entry in log}
    for key in ["f-addon", "f-app", "f-awsAccountIds", "f-task", "f-awsSteps", "preview-button"]:
        assert key in reached, f"{key} not reached by Tab: {reached}"
    assert all(entry["ring"] for entry in log), [e for e in log if not e["ring"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/?lang=ja", "/?lang=en", "/diagnose?lang=ja", "diagnosis"])
def test_axe_finds_nothing_serious(user, path, scheme):
    u = user("ja-JP", color_scheme=scheme)
    if path == "diagnosis":
        page = u.open("/diagnose?lang=ja")
        page.fill("#paste", TICKET.read_text(encoding="utf-8"))
        page.get_by_role("button", name=service_catalog("ja")["diagnose.submit"]).click()
        expect(page.locator("#reply")).to_be_visible()
    else:
        page = u.open(path)
        if path.startswith("/?"):
            # With a problem shown and the preview filled: the page as it is used.
            u.fill(example_values())
            page.fill("#f-app", "Bad_App")
            expect(page.locator("#problem-app")).to_be_visible()
    options = {"resultTypes": ["violations"]} | ({"runOnly": ["color-contrast"]} if scheme == "dark" else {})
    results = Axe().run(page, options=options)
    serious = [f"{v['id']} ({v['impact']}): {v['help']}; e.g. {v['nodes'][0]['html'][:160]}"
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert not serious, "\n".join(serious)


def test_the_pages_work_without_script(browser):
    context = browser.new_context(java_script_enabled=False, locale="en-US")
    page = context.new_page()
    page.goto(URL + "/?lang=en")
    page.fill("#f-addon", "kafka-sushi-12345")
    page.fill("#f-app", "Bad_App")
    page.get_by_role("button", name=service_catalog("en")["form.check"]).click()
    expect(page.locator("#problem-app")).to_contain_text(catalog("en")["rule.app.pattern"][:20])
    expect(page.locator("#problem-awsAccountIds")).to_be_visible()
    context.close()

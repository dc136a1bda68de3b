#!/usr/bin/env bash
# `make serve-screenshots`: the README's pictures of the service's pages (docs/serve-*.png), taken in
# headless Chromium from `privatelink-runbook serve` on a free loopback port.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${SERVE_BIN:-.build/debug/privatelink-runbook}
mkdir -p build/serve-screenshots
source Scripts/serve-start.sh "$BIN" build/serve-screenshots/serve.log
export SERVE_URL
python3 - <<'PY'
import os
from pathlib import Path
from playwright.sync_api import expect, sync_playwright

url = os.environ["SERVE_URL"]
root = Path(".")
ticket = root / "Tests/RunbookEvidenceTests/Fixtures/pastes/endpoint-failed.txt"
words = [w for w in (root / "Output/article-example.args").read_text(encoding="utf-8").split("\n") if w]
keys = {"--addon": "addon", "--app": "app", "--aws-account-id": "awsAccountIds", "--endpoint-id": "endpointId",
        "--region": "region", "--service-name": "serviceName", "--vpc-id": "vpcId", "--subnet-id": "subnetIds"}
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                args=["--proxy-server=127.0.0.1:9", "--no-first-run"])
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="ja-JP")
    page.goto(url + "/?lang=ja")
    for flag, value in zip(words[::2], words[1::2]):
        box = page.locator(f"#f-{keys[flag]}")
        box.fill((box.input_value() + "\n" + value) if box.input_value() else value)
    page.locator("#f-awsAccountIds").fill("123456789101:user/abc.xyz\n12345")
    expect(page.locator("#problem-awsAccountIds")).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path="docs/serve-form-ja.png")
    page.locator("#f-awsAccountIds").fill("123456789101:user/abc.xyz")
    expect(page.frame_locator("#preview").locator("h1")).to_be_visible()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path="docs/serve-form-preview-ja.png")
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page.goto(url + "/diagnose?lang=en")
    page.fill("#paste", ticket.read_text(encoding="utf-8"))
    page.get_by_role("button", name="Write the reply").click()
    expect(page.locator("#reply")).to_be_visible()
    page.screenshot(path="docs/serve-diagnose-en.png")
    page.locator("#reply-heading").scroll_into_view_if_needed()
    page.evaluate("document.getElementById('reply-heading').scrollIntoView()")
    page.screenshot(path="docs/serve-diagnosis-en.png")
    browser.close()
PY
if command -v pngquant >/dev/null; then
  for f in docs/serve-*.png; do pngquant --force --skip-if-larger --output "$f" -- "$f" || true; done
fi
ls -l docs/serve-*.png

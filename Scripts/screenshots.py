#!/usr/bin/env python3
"""The README's screenshots of the example runbook, in Debian's Chromium: `make screenshots`.

Writes to docs/: runbook-{en,ja}.png (light), runbook-{en,ja}-dark.png (dark, at the connection
diagram) and runbook-ja-print.png (the first page of the Japanese page printed to A4). Each is
reduced to a 256-colour palette with pngquant to keep the repository small.
Usage: Scripts/screenshots.py [OUTPUT_FOLDER]   (default: Output/kafka-sushi-12345)
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
VIEWPORT = {"width": 1200, "height": 760}


def shrink(png):
    subprocess.run(["pngquant", "--force", "--skip-if-larger", "--strip", "--output", str(png), "256", str(png)],
                   check=False)


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "Output/kafka-sushi-12345"
    DOCS.mkdir(exist_ok=True)
    written = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                             args=["--proxy-server=127.0.0.1:9", "--disable-background-networking"])
        for language in ("en", "ja"):
            url = (folder / f"runbook.{language}.html").resolve().as_uri()
            for scheme in ("light", "dark"):
                page = browser.new_page(viewport=VIEWPORT, color_scheme=scheme)
                page.goto(url)
                # A step ticked off shows the checklist; the dark shot shows the diagram.
                page.locator(".step-done input").first.check()
                page.evaluate("document.querySelector(arguments[0]).scrollIntoView()".replace("arguments[0]",
                              "'#overview'" if scheme == "dark" else "'header'"))
                name = f"runbook-{language}{'' if scheme == 'light' else '-dark'}.png"
                page.screenshot(path=str(DOCS / name))
                written.append(DOCS / name)
                page.close()
        page = browser.new_page()
        page.goto((folder / "runbook.ja.html").resolve().as_uri())
        with tempfile.TemporaryDirectory() as work:
            pdf = Path(work, "page.pdf")
            page.pdf(path=str(pdf), format="A4")
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                            str(DOCS / "runbook-ja-print")], check=True)
        written.append(DOCS / "runbook-ja-print.png")
        browser.close()
    for png in written:
        shrink(png)
        print(f"{png.relative_to(ROOT)}: {png.stat().st_size // 1024} KiB")


if __name__ == "__main__":
    main()

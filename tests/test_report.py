"""The offline HTML page: one file, no network, every chart renders, document text escaped."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from casualty_claims.figures import FONT
from casualty_claims.report import script_js, script_json
from test_figures import HOSTILE, write_synthetic

REPO = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Every switch that keeps Chromium off the network; the proxy to a closed port catches the rest.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-default-apps", "--disable-extensions", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>", "--host-resolver-rules=MAP * ~NOTFOUND",
]


def chromium() -> str | None:
    """The browser to test with: $CHROMIUM, else the first of BROWSERS on PATH."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    return next((shutil.which(b) for b in BROWSERS if shutil.which(b)), None)


def build(results: Path) -> Path:
    version = results / "version.json"
    version.write_text(json.dumps({"version": "vTESTVERSION", "inputs": {"documents": "0" * 64},
                                   "package_version": "0.1.0", "dependencies": {"altair": "x"}}))
    cmd = [sys.executable, "-m", "casualty_claims", "figures",
           "--claims", str(results / "claims.parquet"), "--documents", str(results / "documents.parquet"),
           "--events", str(results / "events.parquet"),
           "--comparison", str(results / "tables" / "comparison.parquet"),
           "--timeline", str(results / "tables" / "timeline.parquet"),
           "--version-file", str(version), "--out-dir", str(results / "figures"),
           "--report", str(results / "report.html")]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return results / "report.html"


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    return build(write_synthetic(tmp_path_factory.mktemp("report")))


def test_page_is_one_file_that_loads_nothing(page):
    text = page.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    # No element may pull anything in: no src= on script/img/iframe, no stylesheet links.
    # (Inside the inline scripts such strings are JavaScript text, which the CSP governs.)
    markup = re.sub(r"(?is)<script\b[^>]*>.*?</script>", "<script></script>", text)
    assert not re.search(r"<(script|img|iframe|link|embed|object)\b[^>]*\b(src|href)\s*=", markup, re.I)
    assert not re.search(r"(?i)\b(src|href)\s*=\s*[\"']?(https?:)?//", markup)
    assert "vegaEmbed" in text and "window.vegaEmbed" in text  # the bundle is inline


def test_document_text_is_escaped(page):
    text = page.read_text(encoding="utf-8")
    # Exactly the page's own four </script> tags, whatever the documents hold.
    assert text.lower().count("</script") == 4
    assert "<img src=x" not in text and "<script>alert" not in text
    assert html.escape(HOSTILE, quote=True) in text  # shown as text, in tables and documents


def test_script_json_cannot_close_the_script():
    out = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"a": "</script><!-- & \u2028"}
    assert "</script" not in script_js('var s = "</script>";')


def test_page_lists_claims_with_sentence_and_document(page):
    text = page.read_text(encoding="utf-8")
    assert text.count('<tr data-event="event-') == 12  # every claim of the synthetic table
    assert "<mark>" in text  # the evidence inside its sentence
    assert 'href="#doc-' in text and '<article class="document" id="doc-' in text
    for name in ("comparison", "timeline", "gap", "coverage"):
        assert f'id="chart-{name}"' in text and f'href="figures/{name}.svg"' in text


def test_page_renders_every_chart_offline_in_chromium(page, tmp_path):
    browser = chromium()
    if browser is None:
        pytest.skip("no Chromium: run `make test-deps` as root (apt-get install chromium) or set CHROMIUM")
    cmd = [browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
           "--virtual-time-budget=20000", "--dump-dom", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    dom = proc.stdout
    assert "<body" in dom, proc.stderr[-2000:]
    body = re.search(r"<body([^>]*)>", dom).group(1)
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', body))
    errors = re.findall(r'data-error="([^"]*)"', dom)
    assert not errors, errors
    assert attrs.get("data-expected") == "4", attrs
    assert attrs.get("data-rendered") == "4" and attrs.get("data-failed") == "0", attrs
    for name in ("comparison", "timeline", "gap", "coverage"):
        chart = re.search(rf'<div class="chart[^"]*" id="chart-{name}"[^>]*>', dom)
        assert chart and 'data-rendered="true"' in chart.group(0), name
    assert dom.count('class="marks"') >= 4  # one Vega SVG per chart
    assert FONT in dom

"""krakn ui in a real browser (headless Chromium, Debian's): what a person sees and does.

Skipped only when /usr/bin/chromium (or Playwright) is missing on this
machine; CI installs chromium (.ci/run).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from ui_helpers import SALT, UiServer, write_profile

CHROMIUM = os.environ.get("KRAKN_TEST_CHROMIUM", "/usr/bin/chromium")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)",
                allow_module_level=True)

# Where a screenshot for the README is copied, when asked (KRAKN_UI_SCREENSHOT=docs/ui-diff.png).
README_SHOT = os.environ.get("KRAKN_UI_SCREENSHOT")


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for the module."""
    args = ["--no-sandbox"] if os.geteuid() == 0 else []  # root: no user namespace sandbox
    with sync_api.sync_playwright() as play:
        chromium = play.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh page; any script error on it fails the test."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    context.close()
    assert errors == []


def _visible_lines(page) -> list[str]:
    return [t.strip() for t in page.locator("details.entry:visible .line").all_inner_texts()]


def test_diff_page_expand_filter(page, shop, tmp_path):
    """The changes are listed; expanding one shows its SQL and rollback; the filter hides others."""
    source, target = shop
    with UiServer("--from", source.url, "--to", target.url) as server:
        page.goto(server.url)
        assert page.url.endswith("/diff")  # the token went into a cookie
        lines = _visible_lines(page)
        assert len(lines) >= 40
        assert "- Removed table 'wishlist'" in lines[0] or any(
            line.startswith("- Removed table 'wishlist'") for line in lines)
        assert any(line.startswith("+ Added column 'note' to 'orders'") for line in lines)
        assert page.locator(".line.s-del .sign").first.evaluate(
            "e => getComputedStyle(e).color") == "rgb(207, 34, 46)"

        price = page.locator("details.entry", has_text="Changed type of 'price' in 'products'")
        assert not price.locator("pre").first.is_visible() if price.locator("pre").count() else 1
        price.locator("summary").click()
        sql = price.locator(".sql pre").first
        sql.wait_for()
        assert 'ALTER COLUMN "price" TYPE numeric(10,2)' in sql.inner_text()
        assert 'TYPE integer' in price.locator(".sql pre").nth(1).inner_text()

        fax = page.locator("details.entry", has_text="Removed column 'fax'")
        assert fax.locator(".badge.force").is_visible()
        fax.locator("summary").click()
        assert "With --force the script runs it" in fax.locator(".note").inner_text()

        view = page.locator("details.entry", has_text="Changed view 'big_orders'")
        view.locator("summary").click()
        view.locator(".sbs").wait_for()
        assert "customer_id" in view.locator(".sbs pre").nth(1).inner_text()
        assert view.locator(".sbs pre").nth(1).locator(".add").count() >= 1

        page.fill("#filter", "wishlist")
        shown = _visible_lines(page)
        assert shown and all("wishlist" in line for line in shown)
        assert len(shown) < len(lines)
        assert page.locator("#shown").inner_text() == str(
            page.locator("details.entry:visible").count())
        page.fill("#filter", "")
        page.check("#only-force")
        held = page.locator("details.entry:visible")
        assert held.count() == page.locator("details.entry[data-force='1']").count() >= 8
        page.uncheck("#only-force")

        page.fill("#filter", "orders")
        assert view.is_visible() and not fax.is_visible()
        page.evaluate("window.scrollTo(0, 0)")
        shot = tmp_path / "ui-diff.png"
        page.screenshot(path=str(shot))
        assert shot.stat().st_size > 10_000
        if README_SHOT:
            shutil.copy(shot, README_SHOT)


def test_diff_page_download(page, shop, tmp_path):
    """The SQL script link saves the migration as a file."""
    source, target = shop
    with UiServer("--from", source.url, "--to", target.url) as server:
        page.goto(server.url)
        with page.expect_download() as info:
            page.click("text=SQL script")
        saved = tmp_path / "migration.sql"
        info.value.save_as(saved)
    assert "BEGIN;" in saved.read_text() and "-- needs --force" in saved.read_text()


def test_mapping_page_of_masked_profile(page, users, tmp_path):
    """The mapping of a masked profile: each column's rule, the personal one left bare marked."""
    source, target = users
    config = write_profile(tmp_path, source.url, target.url)
    with UiServer("--config", str(config), "--profile", "masked", cwd=tmp_path) as server:
        page.goto(server.url)
        page.click("text=Data mapping")
        assert page.url.endswith("/mapping")
        email = page.locator("section#t1 tr", has=page.locator("td", has_text="email"))
        rows = {r.locator("td").nth(2).inner_text(): r.locator("td").nth(3).inner_text()
                + " | " + r.locator("td").nth(4).inner_text()
                for r in page.locator("table.map tbody tr").all()}
        assert email.count() >= 1
        assert rows["email"] == "masked | mask email"
        assert rows["full_name"] == "masked | mask name"
        assert rows["country"].startswith("value | 'ZZ'")
        assert rows["verified"].startswith("fill")
        assert "looks personal, no mask" in rows["nickname"]
        nickname = page.locator("tr.personal", has_text="nickname")
        assert nickname.evaluate("e => getComputedStyle(e.cells[0]).backgroundColor") \
            == "rgb(255, 248, 197)"
        assert "total > 1" in page.locator("body").inner_text()
        assert SALT not in page.content()  # the mask salt never reaches a page
        page.screenshot(path=str(tmp_path / "ui-mapping.png"), full_page=True)


def test_exported_diff_offline(page, krakn, shop, tmp_path):
    """The exported page works from a file with the network cut: expand, filter, download."""
    source, target = shop
    out = tmp_path / "report.html"
    result = krakn("diff", "--from", source.url, "--to", target.url, "--format", "html",
                   "-o", str(out))
    assert result.exit_code == 1, result.stderr
    fetched: list[str] = []
    page.route("**/*", lambda route: (fetched.append(route.request.url), route.continue_()))
    page.context.set_offline(True)
    page.goto(out.as_uri())
    assert all(url.startswith("file://") for url in fetched)
    wishlist = page.locator("details.entry", has_text="Removed table 'wishlist'")
    wishlist.locator("summary").click()
    assert 'DROP TABLE "public"."wishlist"' in wishlist.locator(".sql pre").first.inner_text()
    page.fill("#filter", "order_lines bigint")
    shown = _visible_lines(page)
    assert shown and all("order_lines" in line and "bigint" in line for line in shown)
    with page.expect_download() as info:
        page.click("button:has-text('Alembic revision')")
    saved = tmp_path / "revision.py"
    info.value.save_as(saved)
    assert "def downgrade()" in saved.read_text()

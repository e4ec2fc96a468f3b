"""The ui's pages and downloads over HTTP (Starlette's TestClient): content, token, Host."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient
from ui_helpers import diff_report, sync_report

from krakn.ui.access import Access, allowed_hosts
from krakn.ui.app import make_app

PORT = 8123
TOKEN = "t0k3n-for-tests"
BASE = f"http://127.0.0.1:{PORT}"


@pytest.fixture(scope="module")
def reports(shop):
    """The shop pair's diff and sync plan, computed once."""
    source, target = shop
    return diff_report(source.url, target.url), sync_report(source.url, target.url)


@pytest.fixture
def app(reports):
    diff, sync = reports
    return make_app(diff, sync, Access(TOKEN, allowed_hosts("127.0.0.1", PORT), PORT))


@pytest.fixture
def client(app):
    """A client that has opened the printed URL: it holds the token's cookie."""
    client = TestClient(app, base_url=BASE)
    first = client.get(f"/?token={TOKEN}")
    assert first.status_code == 200, first.text
    return client


def test_printed_url_sets_cookie_and_leaves_the_address_bar(app):
    """The token in the URL becomes a cookie and the browser lands on /diff without it."""
    client = TestClient(app, base_url=BASE)
    response = client.get(f"/?token={TOKEN}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert f"krakn_ui_{PORT}={TOKEN}" in cookie and "HttpOnly" in cookie
    assert "samesite=strict" in cookie.lower()
    landed = client.get("/")
    assert landed.url.path == "/diff" and "token" not in str(landed.url)


@pytest.mark.parametrize("path", ["/", "/diff", "/mapping", "/change/0",
                                  "/download/migration.sql", "/download/revision.py"])
def test_without_token_refused(app, path):
    """Every route answers 403 without the token, and with a wrong one."""
    client = TestClient(app, base_url=BASE)
    assert client.get(path).status_code == 403
    assert client.get(path + "?token=wrong").status_code == 403
    client.cookies.set(f"krakn_ui_{PORT}", "wrong")
    refused = client.get(path)
    assert refused.status_code == 403
    assert "carries the token" in refused.text
    assert "ALTER TABLE" not in refused.text


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1",
                                  f"127.0.0.1:{PORT + 1}", f"localhost.evil:{PORT}", "",
                                  f"192.168.1.10:{PORT}", f"[::1]:{PORT}"])
def test_foreign_host_refused_even_with_token(app, host):
    """DNS rebinding: a Host other than 127.0.0.1:PORT or localhost:PORT is refused."""
    client = TestClient(app, base_url=BASE)
    response = client.get(f"/diff?token={TOKEN}", headers={"host": host})
    assert response.status_code == 403
    assert "Host" in response.text


def test_localhost_host_accepted(app):
    """localhost:PORT names the same server."""
    client = TestClient(app, base_url=f"http://localhost:{PORT}")
    assert client.get(f"/diff?token={TOKEN}").status_code == 200


def test_diff_page_shows_changes_grouped(client):
    """The diff page lists every change with its sign, grouped by schema and table."""
    page = client.get("/diff")
    assert page.status_code == 200
    html = page.text
    assert "Changed type of &#39;price&#39; in &#39;products&#39; from integer" in html
    assert "Removed table &#39;wishlist&#39;" in html
    assert "<h2>schema public" in html and "<h2>schema reporting" in html
    assert "<h3>table products</h3>" in html and "<h3>views</h3>" in html
    assert 'class="line s-add"><span class="sign">+</span> Added table' in html
    assert 'class="line s-del"><span class="sign">-</span> Removed column' in html
    assert "needs --force" in html and "With --force the script runs it" in html
    # Lazy: no SQL in the page itself.
    assert "ALTER TABLE" not in html


def test_security_headers(client):
    """Every answer forbids framing, referrers, caching and outside resources."""
    headers = client.get("/diff").headers
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-frame-options"] == "DENY"
    assert "default-src 'none'" in headers["content-security-policy"]
    assert headers["cache-control"] == "no-store"


def _entry_id(client, text):
    html = client.get("/diff").text
    start = html.index(text)
    return int(html[:start].rsplit('data-id="', 1)[1].split('"', 1)[0])


def test_change_gives_sql_and_rollback(client):
    """Expanding a change fetches its SQL and the SQL that undoes it."""
    number = _entry_id(client, "Changed type of &#39;price&#39; in &#39;products&#39;")
    bodies = client.get(f"/change/{number}").json()
    assert bodies["sql"] == ('ALTER TABLE "public"."products" ALTER COLUMN "price" TYPE '
                             'numeric(10,2) USING "price"::numeric(10,2);')
    assert bodies["rollback"] == ('ALTER TABLE "public"."products" ALTER COLUMN "price" '
                                  'TYPE integer USING "price"::integer;')


def test_change_of_view_gives_both_definitions(client):
    """A changed view comes with --to's and --from's definitions, lines marked."""
    number = _entry_id(client, "Changed view &#39;big_orders&#39;")
    pairs = client.get(f"/change/{number}").json()["definitions"]
    assert len(pairs) == 1
    target = "\n".join(line for _mark, line in pairs[0]["target"])
    source = "\n".join(line for _mark, line in pairs[0]["source"])
    assert "customer_id" in source and "customer_id" not in target
    assert ["add", "   FROM orders"] not in pairs[0]["source"]
    assert any(mark == "del" for mark, _line in pairs[0]["target"])


def test_unknown_change_and_download(client):
    """An id or a file name that does not exist is a 404, not an error."""
    assert client.get("/change/99999").status_code == 404
    assert client.get("/download/passwd").status_code == 404
    assert client.get("/download/..%2F..%2Fetc%2Fpasswd").status_code == 404


@pytest.mark.parametrize(("name", "expected", "saved"), [
    ("migration.sql", "-- needs --force", "migration.sql"),
    ("migration-force.sql", 'DROP TABLE "public"."wishlist"', "migration-force.sql"),
    ("rollback.sql", "rollback, turns", "rollback.sql"),
    ("revision.py", "def upgrade()", "_krakn_migration.py"),
])
def test_downloads(client, name, expected, saved):
    """Each download is the text migrate would write, saved under its file name."""
    response = client.get(f"/download/{name}")
    assert response.status_code == 200
    assert expected in response.text
    assert saved in response.headers["content-disposition"]
    assert response.headers["content-disposition"].startswith("attachment")


def test_mapping_page(client):
    """The mapping page names each table's columns and how they are filled, in load order."""
    html = client.get("/mapping").text
    assert "Load order" in html
    assert "public.customers" in html and "public.order_lines" in html
    assert "only on --to, left alone: public.wishlist" in html
    assert "how-converted" in html and "bigint → integer" in html
    assert "looks personal, no mask" in html


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_only_get(client, method):
    """No route takes a write method."""
    assert client.request(method, "/diff").status_code == 405
    assert client.request(method, "/download/migration.sql").status_code == 405


@pytest.mark.parametrize(("host", "status"), [
    (f"192.168.1.10:{PORT}", 200), (f"[fe80::1]:{PORT}", 200), (f"127.0.0.1:{PORT}", 200),
    (f"evil.example:{PORT}", 403), (f"192.168.1.10:{PORT + 1}", 403), ("192.168.1.10", 403),
])
def test_other_address_accepts_ip_literals_only(reports, host, status):
    """Served with --host on another address: any IP literal on the port, still no names."""
    diff, sync = reports
    access = Access(TOKEN, allowed_hosts("0.0.0.0", PORT), PORT, any_address=True)
    client = TestClient(make_app(diff, sync, access), base_url=BASE)
    assert client.get(f"/diff?token={TOKEN}", headers={"host": host}).status_code == status

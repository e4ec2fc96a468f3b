"""Serving: 127.0.0.1 only unless --host, a free port, the token, and no write to any database."""

from __future__ import annotations

import socket

import httpx2 as httpx
import psycopg2
import pytest
from ui_helpers import UiServer, write_counters

from krakn.errors import UsageError
from krakn.ui.serve import LOOPBACK, binding, check_host, prepare


def test_default_is_loopback_without_warning():
    """No --host: 127.0.0.1, nothing to warn about."""
    assert binding(None).host == LOOPBACK and not binding(None).warning
    assert binding("localhost").host == LOOPBACK


def test_other_address_warns():
    """--host 0.0.0.0 is served, with a warning naming the risk."""
    found = binding("0.0.0.0")
    assert found.host == "0.0.0.0"
    assert "reachable from other machines" in found.warning


def test_host_not_an_address_refused():
    """--host takes an IP address."""
    with pytest.raises(UsageError, match="give an IP address"):
        binding("example.com")


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::"])
def test_other_address_refused_unless_explicit(host):
    """Anything but 127.0.0.1 is refused unless it came from --host."""
    with pytest.raises(UsageError, match="127.0.0.1 only"):
        check_host(host, explicit=False)
    with pytest.raises(UsageError, match="127.0.0.1 only"):
        prepare(host, None, explicit=False)


def test_prepare_binds_a_free_loopback_port():
    """Without --port the system picks one; the socket listens on 127.0.0.1 and the URL says so."""
    served = prepare(LOOPBACK, None, explicit=False)
    try:
        host, port = served.sock.getsockname()
        assert host == "127.0.0.1" and port > 0
        assert served.url.startswith(f"http://127.0.0.1:{port}/?token=")
        assert len(served.url.split("token=")[1]) >= 32
        assert served.access.hosts == {f"127.0.0.1:{port}", f"localhost:{port}"}
    finally:
        served.sock.close()


def test_taken_port_refused():
    """A port already in use is a one-line error."""
    taken = socket.socket()
    taken.bind((LOOPBACK, 0))
    taken.listen(1)
    try:
        with pytest.raises(UsageError, match="cannot listen on 127.0.0.1"):
            prepare(LOOPBACK, taken.getsockname()[1], explicit=False)
    finally:
        taken.close()


def _other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent for UDP
            found = probe.getsockname()[0]
        except OSError:
            return None
    return None if found.startswith("127.") else found


def _visit_everything(server: UiServer) -> None:
    """Every page and download, as a person clicking through them would ask."""
    with httpx.Client(follow_redirects=True, timeout=60) as client:
        assert client.get(server.base + "diff").status_code == 403
        assert client.get(server.url).status_code == 200
        for path in ("diff", "mapping", "change/0", "change/5", "download/migration.sql",
                     "download/migration-force.sql", "download/rollback.sql",
                     "download/revision.py"):
            response = client.get(server.base + path)
            assert response.status_code == 200, path
        for method in ("POST", "PUT", "DELETE"):
            assert client.request(method, server.base + "diff").status_code == 405


def test_ui_serves_loopback_and_never_writes(shop):
    """krakn ui reads both sides, serves on 127.0.0.1, and no request writes to either database."""
    source, target = shop
    before = write_counters(source), write_counters(target)
    with UiServer("--from", source.url, "--to", target.url) as server:
        assert server.url.startswith("http://127.0.0.1:")
        _visit_everything(server)
        other = _other_address()
        if other is not None:
            with pytest.raises(OSError):
                socket.create_connection((other, server.port), timeout=2).close()
    assert server.proc.returncode in (0, -15)
    assert (write_counters(source), write_counters(target)) == before
    # The counters do see a write: one row into the target moves them.
    conn = psycopg2.connect(target.url)
    with conn, conn.cursor() as cur:
        cur.execute("INSERT INTO customers (id, email, full_name) VALUES (999, 'x@y.z', 'X')")
    conn.close()
    assert write_counters(target) != before[1]


def test_ui_with_files_shows_diff_and_says_why_no_mapping(tmp_path, shop):
    """--from a snapshot: the diff is shown, the mapping page says it needs two databases."""
    source, target = shop
    snap = tmp_path / "source.json"
    from click.testing import CliRunner

    from krakn.cli import main

    taken = CliRunner().invoke(main, ["snapshot", "--from", source.url, "-o", str(snap)])
    assert taken.exit_code == 0, taken.output
    with UiServer("--from", str(snap), "--to", target.url) as server:
        with httpx.Client(follow_redirects=True, timeout=60) as client:
            assert "Removed table &#39;wishlist&#39;" in client.get(server.url).text
            mapping = client.get(server.base + "mapping").text
    assert "needs two databases" in mapping


def test_ui_bad_host_is_one_line_error(shop):
    """--host that is no address: exit 2 and one line, before reading anything."""
    source, target = shop
    with UiServer.expect_failure("--from", source.url, "--to", target.url,
                                 "--host", "not an address") as (code, err):
        assert code == 2
        assert err.strip().count("\n") == 0 and "give an IP address" in err


def test_ctrl_c_stops_quietly(shop):
    """Ctrl-C (SIGINT) stops the server: exit 0, no traceback."""
    import signal

    source, target = shop
    server = UiServer("--from", source.url, "--to", target.url)
    with httpx.Client(follow_redirects=True, timeout=60) as client:
        assert client.get(server.url).status_code == 200
    server.proc.send_signal(signal.SIGINT)
    assert server.proc.wait(timeout=30) == 0
    assert "Traceback" not in server.stderr()


def test_mapping_options_and_refusal(shop, users):
    """sync-data's options shape the mapping (--where, --exclude-tables); a plan sync-data
    would refuse is explained on the page, and the diff still shows."""
    source, target = shop
    with UiServer("--from", source.url, "--to", target.url, "--where", "orders:id > 5",
                  "--exclude-tables", "products") as server:
        with httpx.Client(follow_redirects=True, timeout=60) as client:
            client.get(server.url)
            mapping = client.get(server.base + "mapping").text
    assert "id &gt; 5" in mapping
    assert "public.products" not in mapping.split("Tables</h2>")[1]
    source, target = users
    with UiServer("--from", source.url, "--to", target.url) as server:
        with httpx.Client(follow_redirects=True, timeout=60) as client:
            diff = client.get(server.url).text
            mapping = client.get(server.base + "mapping").text
    assert "Added column &#39;verified&#39;" not in diff  # --to has it, --from lacks it
    assert "Removed column &#39;verified&#39; from &#39;users&#39;" in diff
    assert "sync-data would stop before writing" in mapping
    assert "verified" in mapping and "NOT NULL" in mapping

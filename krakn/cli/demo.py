"""krakn demo: diff, migrate and sync-data at work on two small databases of krakn's own.

Everything happens on the embedded PostgreSQL (``krakn[embedded]``), in
scratch databases dropped at the end: the demo never connects to any other
server, needs no psql, and leaves nothing behind but the embedded server's
data directory in the user's cache.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

import click

from krakn.cli.boundary import error_boundary
from krakn.cli.demo_shop import PRODUCTION, TEST
from krakn.cli.options import logging_options, stack
from krakn.cli.output import setup_logging
from krakn.db.database import Database
from krakn.db.urls import parse_url
from krakn.errors import EXIT_CODES, UsageError
from krakn.inputs import FileDatabase
from krakn.options import CompareOptions, SyncOptions

# The masked sync's profile, as a user would write it in krakn.yml. The salt
# comes from the environment, as it should in real use (a salt in a file
# that is committed is no secret); the demo sets one of its own.
MASK_PROFILE = """\
profiles:
  demo:
    truncate: true
    mask_salt: ${KRAKN_MASK_SALT}
    columns:
      users.email: {mask: email}
      users.name:  {mask: name}
"""

NEXT = """\
Next, on your own databases (any PostgreSQL 10 or later; --from is only read):
  krakn diff      --from postgresql://USER@HOST/test_db --to postgresql://USER@HOST/prod_db
  krakn migrate   --from ...test_db --to ...prod_db -o migration.sql   (add --check to try it)
  krakn sync-data --from ...prod_db --to ...test_db --dry-run
  krakn snapshot  --from ...prod_db -o schema.json   (then: krakn diff --from schema.json ...)
A .sql file or a folder of them works as --from or --to too. krakn help: krakn --help"""


@dataclass(frozen=True)
class Shop:
    """The demo's databases, each named for what it plays."""

    production: Database
    test: Database
    copy: Database  # production's twin, which the migration is applied to


@click.command(epilog=EXIT_CODES)
@stack(*logging_options())
@error_boundary
def demo(**params: Any) -> int:
    """Show diff, migrate and sync-data on two small databases (needs krakn[embedded]).

    \b
    It runs on krakn's embedded PostgreSQL (in your cache directory), never
    on another server, and drops its databases when done.
    """
    setup_logging(bool(params["debug"]), int(params["verbose"]), bool(params["quiet"]), [])
    began = time.monotonic()
    with _shop() as (shop, version, started):
        click.echo(f"krakn demo: an embedded PostgreSQL {version} ({started}), with two "
                   f"databases:\n  production  64 users, 8 products and 60 orders"
                   f"\n  test        the next release's schema, ahead of production, no rows\n")
        _diff(shop)
        _migrate(shop)
        _sync(shop)
        _masked_sync(shop)
    click.echo(f"\n{NEXT}\n\nDone in {time.monotonic() - began:.1f} s; the demo's databases "
               f"are dropped.")
    return 0


@contextmanager
def _shop() -> Iterator[tuple[Shop, int, str]]:
    """The embedded server and the demo's three scratch databases, loaded."""
    from krakn.embedded import DEFAULT_VERSION, EXTRA_HINT, EmbeddedMissing, embedded_server
    from krakn.scratch import run_script, scratch_database

    with ExitStack() as stack:
        began = time.monotonic()
        try:
            server = stack.enter_context(embedded_server(DEFAULT_VERSION))
        except EmbeddedMissing:
            raise UsageError(f"krakn demo runs on the embedded PostgreSQL, which is not "
                             f"installed: {EXTRA_HINT}") from None
        how = (f"started in {time.monotonic() - began:.1f} s" if server.started
               else "already running")
        made = {}
        for role, sql in (("production", PRODUCTION), ("test", TEST), ("copy", PRODUCTION)):
            url = stack.enter_context(scratch_database(None, version=DEFAULT_VERSION))
            side = "--to" if role in ("production", "copy") else "--from"
            made[role] = FileDatabase(side, parse_url(url, side), shown=role)
            run_script(made[role], sql)
        yield Shop(**made), server.version, how


def _command(line: str) -> None:
    click.echo(click.style(f"$ {line}", bold=True))


def _diff(shop: Shop) -> None:
    from krakn import api

    _command("krakn diff --from test --to production")
    click.echo("  what production lacks (+), has extra (-) or has otherwise (~):")
    for change in api.changes(api.compare(shop.test, shop.production, CompareOptions())):
        click.echo(f"  {change.sign} {change.message}")
    click.echo()


def _migrate(shop: Shop) -> None:
    from krakn import api
    from krakn.scratch import run_script

    _command("krakn migrate --from test --to production")
    plan = api.compare(shop.test, shop.production, CompareOptions())
    header = api.script_header(shop.test, shop.production)
    script = api.migration_script(plan, force=False, header=header)
    click.echo("  the SQL that brings production's schema to test's (krakn never runs it "
               "on your servers):")
    for line in script.sql.strip("\n").splitlines():
        click.echo(f"  {line}" if line else "")
    click.echo(f"  ({len(script.held_back)} statement held back as a comment: it drops data; "
               f"--force includes it)")
    # A copy takes the forced script, so that nothing is left to differ afterwards.
    run_script(shop.copy, api.migration_script(plan, force=True, header=header).sql)
    left = api.changes(api.compare(shop.test, shop.copy, CompareOptions()))
    verdict = "no difference left" if not left else f"{len(left)} difference(s) left"
    click.echo(f"  applied with --force to a copy of production, in one transaction: "
               f"diff now finds {verdict}\n")


def _sync(shop: Shop) -> None:
    from krakn import api
    from krakn.db.engine import connect
    from krakn.sync import Reporter

    _command("krakn sync-data --from production --to test --yes")
    click.echo("  production's rows copied into test's newer schema, matched by column:")
    reporter = Reporter(echo=lambda line: click.echo(f"  {line}"), progress=False)
    api.sync(shop.production, shop.test, SyncOptions(), reporter)
    with connect(shop.test) as conn:
        rows = conn.exec_driver_sql(
            "SELECT u.name, u.email_verified, p.title, p.price FROM orders o "
            "JOIN users u ON u.id = o.user_id JOIN products p ON p.id = o.product_id "
            "ORDER BY o.id LIMIT 3").all()
    click.echo("  test's first orders now (email_verified: the new column's default; "
               "price: numeric):")
    for name, verified, title, price in rows:
        click.echo(f"    {name:<18} email_verified={str(verified).lower():<5}  "
                   f"{title:<14} {price}")


def _masked_sync(shop: Shop) -> None:
    import secrets
    import tempfile
    from pathlib import Path

    from krakn import api
    from krakn.cli.profiles import row_rules
    from krakn.config import load_profile
    from krakn.db.engine import connect
    from krakn.sync import Reporter

    _command("krakn sync-data --from production --to test --profile demo --yes")
    click.echo("  again, with personal data masked inside production's COPY; krakn.yml:")
    for line in MASK_PROFILE.splitlines():
        click.echo(f"    {line}")
    with tempfile.TemporaryDirectory(prefix="krakn-demo-") as folder:
        config = Path(folder) / "krakn.yml"
        config.write_text(MASK_PROFILE, encoding="utf-8")
        # A fresh salt each run: the demo shows the masks, not one fixed output.
        profile = load_profile("demo", config,
                               environ={"KRAKN_MASK_SALT": secrets.token_hex(16)})
    options = SyncOptions(truncate=True, rules=row_rules(profile, {}))
    reporter = Reporter(echo=lambda line: click.echo(f"  {line}"), progress=False)
    api.sync(shop.production, shop.test, options, reporter)
    with connect(shop.test) as conn:
        rows = conn.exec_driver_sql("SELECT name, email FROM users ORDER BY id LIMIT 3").all()
    click.echo("  test's first users now (the same input gives the same output with the "
               "same salt, in every table and run):")
    for name, email in rows:
        click.echo(f"    {name:<24} {email}")

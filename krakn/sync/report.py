"""What sync-data tells people: the plan, progress, each table's figures, a summary.

The plan, per-table lines and the summary go to stdout (nothing with -q); the
progress line goes to stderr, and only when stderr is a terminal. When stdout
is closed (`krakn sync-data ... | head`), the output stops and the load goes
on: the rows matter more than their narration.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable

import click

from krakn.console import echo_warning
from krakn.sync.copy import CopyResult
from krakn.sync.plan import Plan, TablePlan


def format_plan(plan: Plan, source: str, target: str, verbose: int = 0) -> list[str]:
    """The plan as lines: tables in load order with what happens to their columns."""
    sel = plan.selection
    mode = "truncate first" if sel.truncate else "append"
    jobs = f", {plan.groups} connections" if plan.groups > 1 else ""
    batches = f", {plan.batches} transactions" if plan.batches > 1 else ""
    lines = [f"sync {len(plan.tables)} tables from {source} to {target} ({mode}{jobs}{batches})"]
    if sel.commit_in_batches:
        lines.append(_batches_line(plan))
    counts = (plan.groups, plan.batches)  # once: each walks every table
    for number, table in enumerate(plan.tables, 1):
        lines.extend(_table_lines(number, table, plan, verbose, counts))
    if plan.deferred:
        keys = ", ".join(k.label for k in plan.deferred)
        lines.append(f"  foreign keys in a cycle, checked at the end: {keys}")
    if sel.disable_triggers:
        lines.append("  triggers, foreign-key checks included, are off during the load "
                     "(--disable-triggers)")
    if plan.sequences:
        lines.append("  sequences moved past the loaded rows: "
                     + ", ".join(str(s.sequence) for s in plan.sequences))
    for label, names in (("only on --from, not copied", plan.only_source),
                         ("only on --to, left alone", plan.only_target),
                         ("no column in common, not copied", plan.no_common_columns)):
        if names:
            lines.append(f"  {label}: " + ", ".join(str(n) for n in names))
    return lines


def _batches_line(plan: Plan) -> str:
    if plan.batches == 1:
        return ("  --commit-in-batches: every table fits in one transaction, committed all or "
                "nothing")
    return (f"  --commit-in-batches: {plan.batches} transactions, each committed in turn: NOT "
            "all or nothing; a failure keeps the batches committed before it, and readers see "
            "them meanwhile; --from is still read from one snapshot")


def _table_lines(number: int, table: TablePlan, plan: Plan, verbose: int,
                 counts: tuple[int, int]) -> list[str]:
    estimate = "?" if table.estimate is None else f"{table.estimate:,}"
    fmt = "binary" if table.binary else "text"
    group = f", connection {table.group + 1}" if counts[0] > 1 else ""
    group += f", batch {table.batch + 1}" if counts[1] > 1 else ""
    renamed = f" (from {table.source_name})" if table.source_name else ""
    lines = [f"  {number}. {table.name}{renamed}  ~{estimate} rows, {fmt}{group}"]
    copied = [c.name for c in table.columns]
    if table.filter_note:
        lines.append(f"       rows: {table.filter_note}")
    lines.append("       copied: " + ", ".join(copied))
    ruled = [f"{c.name} ({c.rule})" for c in table.columns if c.rule]
    if ruled:
        lines.append("       rules: " + ", ".join(ruled))
    if table.personal:
        lines.append("       look personal, no mask (strict mode): " + ", ".join(table.personal))
    converted = [f"{c.name} ({c.source_type} -> {c.target_type})"
                 for c in table.columns if c.converted]
    for label, names in (("converted", converted), ("filled by default", table.defaulted),
                         ("computed by --to", table.generated),
                         ("left out (only on --from)", table.left_out)):
        if names:
            lines.append(f"       {label}: " + ", ".join(names))
    fire = table.user_triggers
    if fire and not plan.selection.disable_triggers:
        lines.append("       triggers that fire: " + ", ".join(t.name for t in fire))
    if verbose:
        from krakn.masking import for_display
        from krakn.sync.copy import copy_in_sql, copy_out_sql

        lines += [f"       --from: {for_display(copy_out_sql(table))}",
                  f"       --to:   {copy_in_sql(table)}"]
    return lines


def human_bytes(count: int) -> str:
    """Sizes in powers of 1024, named so (KiB, MiB, GiB)."""
    if count < 1024:
        return f"{count} B"
    value, unit = count / 1024, "KiB"
    for bigger in ("MiB", "GiB"):
        if value < 1024:
            break
        value, unit = value / 1024, bigger
    return f"{value:.1f} {unit}"


class Reporter:
    """Thread-safe output for a run; quiet prints nothing but errors."""

    def __init__(self, *, quiet: bool = False, verbose: int = 0,
                 progress: bool | None = None,
                 echo: Callable[[str], None] = click.echo) -> None:
        self.quiet, self.verbose, self.echo = quiet, verbose, echo
        tty = sys.stderr.isatty() if progress is None else progress
        self.progress_on = tty and not quiet
        self._lock = threading.Lock()
        self._progress_shown = False
        self._stdout_open = True

    def lines(self, lines: list[str]) -> None:
        if self.quiet or not self._stdout_open:
            return
        with self._lock:
            self._clear_progress()
            try:
                for line in lines:
                    self.echo(line)
            except (OSError, ValueError):  # EPIPE; ValueError: a stdout closed in-process
                self._stdout_open = False
                echo_warning("stdout closed: output stopped, the load goes on")

    def warning(self, message: str) -> None:
        """One line on stderr, for something the user may want to act on."""
        if self.quiet:
            return
        with self._lock:
            self._clear_progress()
            echo_warning(message)

    def table_done(self, table: TablePlan, result: CopyResult) -> None:
        self.lines([f"  {table.name}: {result.rows:,} rows, {human_bytes(result.bytes)} in "
                    f"{result.seconds:.2f} s ({result.rate:,.0f} rows/s)"])

    def progress(self, rows: int, estimate: int, current: str) -> None:
        if not self.progress_on:
            return
        share = f" ({100 * rows // estimate}%)" if estimate else ""
        with self._lock:
            click.echo(f"\r\x1b[K  {rows:,} of ~{estimate:,} rows{share}  {current}",
                       err=True, nl=False)
            self._progress_shown = True

    def close(self) -> None:
        """Take the progress line away, so an error starts on a line of its own."""
        with self._lock:
            self._clear_progress()

    def _clear_progress(self) -> None:
        if self._progress_shown:
            click.echo("\r\x1b[K", err=True, nl=False)
            self._progress_shown = False

    def summary(self, results: list[CopyResult], seconds: float, batches: int = 1) -> None:
        rows = sum(r.rows for r in results)
        size = human_bytes(sum(r.bytes for r in results))
        rate = rows / seconds if seconds > 0 else float(rows)
        how = f" in {batches} batches" if batches > 1 else ""
        self.lines([f"synced {len(results)} tables: {rows:,} rows, {size} in {seconds:.2f} s "
                    f"({rate:,.0f} rows/s), committed{how}"])

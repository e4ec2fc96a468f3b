"""krakn's own exceptions and the exit codes they map to.

Exit codes (documented in ``krakn --help``):

* 0 - success; for ``diff``: no differences
* 1 - ``diff`` found differences; ``verify`` (and ``sync-data --verify``) found a
  table whose rows differ
* 2 - error: bad input, connection failure, refused operation
* 130 - interrupted (Ctrl-C, SIGINT)
* 141 - stdout closed before the end (``krakn diff | head``), as a tool
  killed by SIGPIPE reports it (128 + 13)
* 143 - terminated (SIGTERM)
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_DIFFERENCES = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process that SIGTERM ended
EXIT_BROKEN_PIPE = 141

# The tables each command's --help ends with ("\b": click keeps the lines).
EXIT_CODES = """\b
Exit status:
  0    success (diff: no differences)
  1    diff: differences found; verify, sync-data --verify: rows differ;
       migrate --check: the check failed
  2    error: bad input, connection failure, missing privilege, refused operation
  130  interrupted (Ctrl-C)
  141  diff, migrate: stdout closed before the end (as in krakn diff | head)
  143  terminated (SIGTERM)"""

DIFF_EXIT_CODES = """\b
Exit status:
  0    no differences
  1    differences found
  2    error: bad input, connection failure, missing privilege
  130  interrupted (Ctrl-C)
  141  stdout closed before the end (krakn diff | head)
  143  terminated (SIGTERM)"""

MIGRATE_EXIT_CODES = """\b
Exit status:
  0    success: the script (or revision) was written
  1    --check failed: the script did not apply, or missed something (nothing written)
  2    error: bad input, connection failure, missing privilege, unwritable output
  130  interrupted (Ctrl-C)
  141  stdout closed before the end (krakn migrate | head)
  143  terminated (SIGTERM)"""

SYNC_EXIT_CODES = """\b
Exit status:
  0    success: every selected table was loaded (or, with --dry-run, planned)
  1    --verify: a loaded table differs from --from; rolled back
  2    error: bad input, connection failure, missing privilege, refused or failed load
  130  interrupted (Ctrl-C): what is not committed yet is rolled back
  143  terminated (SIGTERM): the same"""

VERIFY_EXIT_CODES = """\b
Exit status:
  0    every compared table holds the same rows on both sides
  1    some table differs (rows or content)
  2    error: bad input, connection failure, missing privilege
  130  interrupted (Ctrl-C)
  143  terminated (SIGTERM)"""


class KraknError(Exception):
    """An error that krakn reports as one line, without a traceback."""

    exit_code = EXIT_ERROR

    def __init__(self, message: str, *, side: str | None = None) -> None:
        super().__init__(message)
        self.side = side

    @property
    def message(self) -> str:
        text = str(self.args[0])
        return f"{self.side}: {text}" if self.side else text


class UsageError(KraknError):
    """The command line asks for something that cannot be done."""


class ConnectionFailed(KraknError):
    """A database named on the command line could not be used."""


class CatalogError(KraknError):
    """Reading a database's catalog failed."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every Ctrl-C path (stop, roll back) handles it."""

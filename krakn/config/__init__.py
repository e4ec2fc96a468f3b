"""Config files and profiles: `--config FILE`, `./krakn.yml`, `./.kraknrc`.

Self-contained: depends on krakn.errors (UsageError, exit 2) and
krakn.db.urls.redact only. The commands use it in three steps:

    profile = load_profile(name, config_file, known_masks=masks.names)
    resolved = merge(ctx.params, origins_from_click(ctx), profile)
    resolved["from"], resolved["tables"], profile.columns, profile.rule_for(...)

Later checks against the catalog report through profile.error(path, msg),
which gives the same `krakn.yml:12: profiles.x.columns[users.email]: ...` line.
"""

from __future__ import annotations

from krakn.config.build import check_masks
from krakn.config.load import ConfigFile, load_profile, read_config
from krakn.config.merge import (
    PRECEDENCE,
    SETTINGS,
    Origin,
    Resolved,
    Setting,
    merge,
    origins_from_click,
)
from krakn.config.model import (
    ColumnRename,
    ColumnRule,
    Profile,
    Reference,
    Renames,
    Subset,
    TableRename,
)
from krakn.config.names import (
    BadName,
    ColumnName,
    ColumnPattern,
    TableName,
    parse_column,
    parse_column_pattern,
    parse_identifier,
    parse_table,
    parse_table_list,
    split_list,
)
from krakn.config.source import ConfigSource
from krakn.config.yamlfile import CANDIDATES, find_config

__all__ = [
    "CANDIDATES", "PRECEDENCE", "SETTINGS", "BadName", "ColumnName", "ColumnPattern",
    "ColumnRename", "ColumnRule", "ConfigFile", "ConfigSource", "Origin", "Profile",
    "Reference", "Renames", "Resolved", "Setting", "Subset", "TableName", "TableRename",
    "check_masks", "find_config", "load_profile", "merge", "origins_from_click",
    "parse_column", "parse_column_pattern", "parse_identifier", "parse_table",
    "parse_table_list", "read_config", "split_list",
]

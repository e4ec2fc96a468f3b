<%doc>
krakn's revision file: upgrade() and downgrade() come rendered from a plan.
Variables: message, up_revision, down_revision, create_date, generator,
notes (comment lines), imports, upgrades, downgrades (bodies, indented).
</%doc>\
"""${message}

Revision ID: ${up_revision}
Revises:${" " + down_revision if down_revision else ""}
Create Date: ${create_date}

Written by ${generator}.
"""
% for line in imports:
${line}
% endfor

% for line in notes:
${line}
% endfor
% if notes:

% endif
# Alembic reads these four names.
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = None
depends_on = None


def upgrade() -> None:
${upgrades}


def downgrade() -> None:
${downgrades}

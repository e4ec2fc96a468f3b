"""Filters every catalog read shares: what belongs to the user, and what does not.

Objects an extension owns are the extension's business, never the user's;
PostgreSQL's own schemas are never the user's either. The SQL is psycopg2's
(krakn.db.query): a literal % is written %%. Also here: how a read finds an
object's comment.
"""

from __future__ import annotations

from krakn.db.query import Query


def not_extension(oid: str, catalog: str) -> str:
    """SQL: the object (its oid expression, in that catalog) no extension owns.

    pg_depend's objid is unique only together with classid, hence the catalog.
    """
    return (f"NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '{catalog}'::regclass "
            f"AND d.objid = {oid} AND d.deptype = 'e')")


def comment_of(oid: str, catalog: str, subid: str = "0") -> str:
    """SQL: the comment on the object (its oid expression, in that catalog), or NULL.

    A lookup by pg_description's key, so one index probe per row whatever
    the catalog's statistics say (a join was planned as a nested loop over
    every comment when they were stale), without the query of its own that
    obj_description() runs for each row.
    """
    return (f"(SELECT ds.description FROM pg_description ds WHERE ds.objoid = {oid} "
            f"AND ds.classoid = '{catalog}'::regclass AND ds.objsubid = {subid})")


def user_schema(nspname: str) -> str:
    """SQL: the schema (its name expression) is not one of PostgreSQL's own."""
    return (f"{nspname} NOT IN ('information_schema', 'pg_catalog', 'pg_toast') "
            f"AND {nspname} NOT LIKE 'pg\\_%%'")


USER_SCHEMAS_SQL = (f"SELECT n.nspname FROM pg_namespace n WHERE {user_schema('n.nspname')} "
                    "ORDER BY 1")


def user_schemas(query: Query) -> list[str]:
    """Every schema that is not PostgreSQL's own, an extension's included.

    sync-data copies the tables of all of them: a table a user made in a
    schema an extension created is the user's. (diff and migrate compare
    snapshot.list_schemas(), which leaves extensions' schemas out.)
    """
    return [name for (name,) in query(USER_SCHEMAS_SQL, {})]

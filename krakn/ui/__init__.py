"""krakn ui and --format html: the schema diff and sync-data's plan as web pages.

report holds what was computed (a schema plan, a sync plan) and the texts
made from it; diffview and syncview turn those into what the pages show;
pages renders them with Jinja2 (all an html export needs); app is the
Starlette application, access its token and Host check, serve the address,
port and uvicorn. Nothing here connects to a database.
"""

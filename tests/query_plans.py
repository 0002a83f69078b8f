"""What the database does with a query: read in the order asked for, or sorted row by row."""

from django.db import connection


def sorts_rows_itself(queryset) -> bool:
    """Whether the database sorts the rows of this query itself, having no index to read them in order."""
    return sql_sorts_rows_itself(queryset)


def sql_sorts_rows_itself(query) -> bool:
    """The same for a queryset or for the SQL of a query a page ran (as captured, values in place).

    A test holds a few rows, which a planner rightly reads whole and sorts: the tables' statistics are
    gathered first, as a deployment keeps them (ANALYZE), and PostgreSQL is asked for a plan without a
    sort, which it finds only when an index gives the order."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        if connection.vendor == "postgresql":
            for setting in ("enable_sort", "enable_incremental_sort", "enable_seqscan"):
                cursor.execute(f"SET LOCAL {setting} = off")
        if isinstance(query, str):
            cursor.execute(("EXPLAIN " if connection.vendor == "postgresql" else "EXPLAIN QUERY PLAN ") + query)
            plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
        else:
            plan = query.explain()
    if connection.vendor == "postgresql":
        return "Sort" in plan
    return "TEMP B-TREE" in plan  # "FOR ORDER BY", or "FOR RIGHT PART OF ORDER BY"

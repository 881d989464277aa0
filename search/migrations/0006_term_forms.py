"""The labels of each record's taxonomy terms as base forms: a column, and on SQLite a
column of the FTS5 table (made again with it). Existing records get their labels on the
next `update_index`; until then they match by their text as before."""

from django.db import migrations, models

FTS_COLUMNS = (
    "title, body, title_forms, body_forms, term_forms, "
    "tokenize = 'unicode61 remove_diacritics 2'"
)
OLD_COLUMNS = "title, body, title_forms, body_forms, tokenize = 'unicode61 remove_diacritics 2'"


def remake(columns, names):
    def run(apps, schema_editor):
        connection = schema_editor.connection
        if connection.vendor != "sqlite":
            return
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS search_fts")
            cursor.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({columns})")
            cursor.execute(
                f"INSERT INTO search_fts (rowid, {names}) "  # noqa: S608 - constant SQL
                f"SELECT id, title, summary || ' ' || body, title_forms, body_forms"
                f"{', term_forms' if 'term_forms' in names else ''} FROM search_searchrecord"
            )

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_base_forms")]

    operations = [
        migrations.AddField(
            model_name="searchrecord",
            name="term_forms",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(
            remake(FTS_COLUMNS, "title, body, title_forms, body_forms, term_forms"),
            remake(OLD_COLUMNS, "title, body, title_forms, body_forms"),
        ),
    ]

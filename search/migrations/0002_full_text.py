"""The full-text part of the index, per database: an FTS5 table on SQLite (bm25
ranking, diacritics folded), a GIN index on the tsvector column on PostgreSQL."""

from django.db import migrations


def create(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
                "title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
        elif connection.vendor == "postgresql":
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_record_vector "
                "ON search_searchrecord USING GIN (search_vector)"
            )


def drop(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS search_fts")
        elif connection.vendor == "postgresql":
            cursor.execute("DROP INDEX IF EXISTS search_record_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]

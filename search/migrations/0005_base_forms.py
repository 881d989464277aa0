"""Base forms beside the text of every record (search/base_forms.py): two columns, an
FTS5 table with columns for them on SQLite, and on PostgreSQL a vector that holds them.
Existing records get their base forms here, so search keeps answering after `migrate`
without a rebuild."""

from django.db import migrations, models

# The vector as this migration leaves the table (a later one adds the terms' labels).
VECTOR_SQL = (
    "setweight(to_tsvector(%s::regconfig, title), 'A') || "
    "setweight(to_tsvector(%s::regconfig, summary || ' ' || body), 'B') || "
    "setweight(to_tsvector('simple', title_forms), 'A') || "
    "setweight(to_tsvector('simple', body_forms), 'B')"
)
FTS_COLUMNS = "title, body, title_forms, body_forms, tokenize = 'unicode61 remove_diacritics 2'"


def fill(apps, schema_editor):
    from search.base_forms import base_forms
    from search.indexing import pg_config

    SearchRecord = apps.get_model("search", "SearchRecord")
    connection = schema_editor.connection
    records = list(SearchRecord.objects.all())
    for record in records:
        record.title_forms = base_forms(record.title, record.language)
        record.body_forms = base_forms(f"{record.summary} {record.body}", record.language)
    SearchRecord.objects.bulk_update(records, ["title_forms", "body_forms"], batch_size=500)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS search_fts")
            cursor.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({FTS_COLUMNS})")
            cursor.executemany(
                "INSERT INTO search_fts (rowid, title, body, title_forms, body_forms) "
                "VALUES (%s, %s, %s, %s, %s)",
                [
                    (r.pk, r.title, f"{r.summary} {r.body}", r.title_forms, r.body_forms)
                    for r in records
                ],
            )
        elif connection.vendor == "postgresql":
            cursor.executemany(
                f"UPDATE search_searchrecord SET search_vector = {VECTOR_SQL} WHERE id = %s",
                [(pg_config(r.language), pg_config(r.language), r.pk) for r in records],
            )


def unfill(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS search_fts")
            cursor.execute(
                "CREATE VIRTUAL TABLE search_fts USING fts5("
                "title, body, tokenize = 'unicode61 remove_diacritics 2')"
            )
            cursor.execute(
                "INSERT INTO search_fts (rowid, title, body) "
                "SELECT id, title, summary || ' ' || body FROM search_searchrecord"
            )


class Migration(migrations.Migration):
    dependencies = [("search", "0004_pending_engine_updates")]

    operations = [
        migrations.AddField(
            model_name="searchrecord",
            name="title_forms",
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name="searchrecord",
            name="body_forms",
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(fill, unfill),
    ]

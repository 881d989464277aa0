"""The hub's own search index: one record per searchable item and language, with the
keys of its facets. Records hold only live, public content; the engine adapters read
them (the database adapter directly, with SQLite FTS5 or PostgreSQL full text)."""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchRecord(models.Model):
    kind = models.CharField(max_length=16, db_index=True)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(max_length=8, db_index=True)
    # Pages: the translation key shared by a page's translations. Documents: the pk of
    # the original of a set of language versions. Lets search find what is not
    # translated into the visitor's language yet.
    group_key = models.CharField(max_length=64, db_index=True)
    title = models.CharField(max_length=255)
    sort_title = models.CharField(max_length=255, db_index=True)
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True)
    url = models.CharField(max_length=512)
    date = models.DateTimeField(null=True, db_index=True)
    facts = models.JSONField(default=dict, blank=True)
    parent_title = models.CharField(max_length=255, blank=True)
    parent_url = models.CharField(max_length=512, blank=True)
    # Base forms of the title's words and of the summary's and body's, in the record's
    # language (search/base_forms.py): what inflected queries match.
    title_forms = models.TextField(blank=True)
    body_forms = models.TextField(blank=True)
    # Base forms of the labels of the record's taxonomy terms (its SDGs, country, ...) in
    # its own language: "Czechy" finds the Polish cases tagged CZ. They weigh less than
    # the text, which says more about the record than a tag.
    term_forms = models.TextField(blank=True)
    # PostgreSQL only; on SQLite the FTS5 table search_fts holds the text.
    search_vector = SearchVectorField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="one_record_per_object"
            )
        ]

    def __str__(self):
        return f"{self.kind}: {self.title} ({self.language})"


class FacetKey(models.Model):
    record = models.ForeignKey(SearchRecord, on_delete=models.CASCADE, related_name="facet_keys")
    facet = models.CharField(max_length=16)
    key = models.CharField(max_length=64)

    class Meta:
        indexes = [
            models.Index(fields=["facet", "key"]),
            models.Index(fields=["record", "facet"]),
        ]

    def __str__(self):
        return f"{self.facet}={self.key}"


class UnansweredQuery(models.Model):
    """Searches that found nothing, for editors: what visitors look for and do not find.
    Only the words are kept, never who searched."""

    query_string = models.CharField(max_length=255, unique=True)
    searches = models.PositiveIntegerField(default=0)
    last_searched = models.DateField(auto_now=True)

    def __str__(self):
        return self.query_string

    @classmethod
    def record(cls, query_string):
        from django.db.models import F

        normalized = " ".join(query_string.lower().split())[:255]
        updated = cls.objects.filter(query_string=normalized).update(searches=F("searches") + 1)
        if not updated:
            cls.objects.get_or_create(query_string=normalized, defaults={"searches": 1})


class PendingEngineUpdate(models.Model):
    """A record changed and the search engine has not taken the change yet: written in
    the same transaction as the record, removed once the engine has it (search/engine.py).
    A key may appear more than once; each row is one change."""

    key = models.CharField(max_length=40, db_index=True)  # "<content type id>.<object id>"
    queued_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.key

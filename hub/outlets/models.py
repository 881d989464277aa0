"""What harvesters must be told that the live content no longer shows: a record that
was public and is gone (unpublished, deleted, restricted). OAI-PMH calls this a deleted
record, and the hub keeps them (deletedRecord "persistent")."""

from django.db import models


class DeletedRecord(models.Model):
    identifier = models.CharField(max_length=255, unique=True)  # "page:12", "document:3"
    kind = models.CharField(max_length=16)
    language = models.CharField(max_length=8)
    deleted_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.identifier

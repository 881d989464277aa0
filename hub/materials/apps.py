from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class MaterialsConfig(AppConfig):
    name = "hub.materials"
    label = "materials"
    verbose_name = "Open-access materials"

    def ready(self):
        from hub.materials import usage  # noqa: F401 - connects its receivers
        from hub.materials.models import HubDocument

        # Documents are read once per request (hub.materials.pages.load_documents); one
        # saved or deleted during the request is read again.
        post_save.connect(forget_documents, sender=HubDocument, dispatch_uid="hub-documents")
        post_delete.connect(forget_documents, sender=HubDocument, dispatch_uid="hub-documents-d")


def forget_documents(**kwargs):
    from hub import per_request
    from hub.materials.pages import DOCUMENTS

    per_request.forget(DOCUMENTS)

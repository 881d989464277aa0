"""The admin's "Import cases": check a CSV or XLSX file, then import it as drafts."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from cases import importer
from cases.models import CaseIndexPage


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("CSV or XLSX file"),
        help_text=gettext_lazy("One case per row; the first row names the columns."),
    )


def source_index():
    return CaseIndexPage.objects.filter(locale=Locale.get_default()).first()


def import_cases(request):
    """GET: the form. POST with "check": the report. POST with "import": the report and,
    when the file has no problems, the new drafts."""
    index = source_index()
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "columns": importer.COLUMNS, "required": importer.REQUIRED}
    status = 200
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = importer.check(upload.name, upload.read(), index.locale)
        context["report"] = report
        if not report.ok:
            status = 400  # nothing was imported: the editor fixes the file and tries again
        elif request.POST.get("action") == "import":
            context["created"] = importer.import_cases(report, index, request.user)
    elif request.method == "POST":
        status = 400
    context["title"] = _("Import cases")
    return render(request, "cases/admin/import.html", context, status=status)

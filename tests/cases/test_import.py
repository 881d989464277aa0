"""Bulk import of cases: a dry run that reports every problem by row and column, then
drafts submitted for moderation; a file with any problem imports nothing."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from wagtail.models import WorkflowState

import pytest

from cases.factories import CasePageFactory
from cases.models import CasePage

pytestmark = pytest.mark.django_db
URL = "/admin/cases/import/"
HEADER = "title,organisation,country,sector,sdgs,year_start,year_end,organisation_size,challenge\n"


def upload(client, content, name="cases.csv", action="check"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(URL, {"file": SimpleUploadedFile(name, data), "action": action})


def problems(response):
    return {(row, column) for row, column, _message in response.context["report"].problems}


def test_a_file_with_several_kinds_of_problems_imports_nothing(editor_client, case_index):
    content = HEADER + (
        ",Nobody,PL,D,7,2020,2021,small,\n"  # row 2: no title
        "Wind,Coop,XX,D,7,20x5,,small,\n"  # row 3: no such country, not a year
        "Sun,Coop,DE,D,7;18,2020,,huge,\n"  # row 4: no SDG 18, no such size
        "Wind,Coop,DE,Q9,7,2022,2020,,\n"  # row 5: same title as row 3, sector, years
    )
    before = CasePage.objects.count()
    for action in ("check", "import"):
        response = upload(editor_client, content, action=action)
        assert response.status_code == 400
        assert problems(response) == {
            (2, "title"),
            (3, "country"),
            (3, "year_start"),
            (4, "sdgs"),
            (4, "organisation_size"),
            (5, "title"),
            (5, "sector"),
            (5, "year_end"),
        }
        html = response.content.decode()
        assert "The file has 8 problems; nothing was imported." in html
        assert "&#x27;XX&#x27; is not a known country." in html
    assert CasePage.objects.count() == before


def test_unknown_and_missing_columns_are_reported(editor_client, case_index):
    response = upload(editor_client, "title,colour\nWind,blue\n")
    assert problems(response) == {(1, "colour"), (1, "organisation")}


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cases.txt", "title\n", "Choose a .csv or .xlsx file."),
        ("cases.csv", b"\xff\xfe\x00t", "The CSV file is not UTF-8 text."),
        ("cases.xlsx", b"PK\x03\x04 not really", "The file is not a readable XLSX workbook."),
        ("cases.csv", "", "The submitted file is empty."),  # the form says so
        ("cases.csv", "\n\n", "The file is empty."),
    ],
)
def test_unreadable_files_get_a_message(editor_client, case_index, name, content, message):
    response = upload(editor_client, content, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_clean_file_becomes_drafts_in_moderation(editor_client, case_index):
    content = HEADER + (
        "Wind cooperative,Coop,PL,D,7;13,2020,2023,small,"
        '"Too little wind.\n\nAnd <b>no</b> money."\n'
        "Solar school,School,DE,P,7,,,,\n"
    )
    response = upload(editor_client, content)
    assert response.status_code == 200
    assert "The file is fine: 2 cases are ready to import." in response.content.decode()
    assert not CasePage.objects.filter(title="Wind cooperative").exists()  # a check only

    response = upload(editor_client, content, action="import")
    assert response.status_code == 200
    assert "2 cases were imported as drafts and submitted for moderation." in (
        response.content.decode()
    )
    wind = CasePage.objects.get(title="Wind cooperative")
    assert not wind.live and wind.get_parent().specific == case_index
    assert [sdg.number for sdg in wind.sdgs.order_by("number")] == [7, 13]
    assert wind.country.key == "PL" and wind.year_end == 2023
    assert wind.challenge == "<p>Too little wind.</p><p>And &lt;b&gt;no&lt;/b&gt; money.</p>"
    assert WorkflowState.objects.filter(
        object_id=str(wind.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()


def test_xlsx_files_import_too(editor_client, case_index):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["title", "organisation", "sdgs"])
    book.active.append(["Heat pumps for a village", "Village", "7"])
    data = io.BytesIO()
    book.save(data)
    response = upload(editor_client, data.getvalue(), name="cases.xlsx", action="import")
    assert response.status_code == 200
    assert CasePage.objects.filter(title="Heat pumps for a village", live=False).exists()


def test_an_exported_file_can_be_imported_again(editor_client, client, case_index):
    CasePageFactory(parent=case_index, title="Exported case").save_revision().publish()
    exported = b"".join(client.get("/en/cases/data/csv/").streaming_content).decode("utf-8-sig")
    renamed = exported.replace("Exported case", "Imported case")
    response = upload(editor_client, renamed, action="import")
    assert response.status_code == 200, problems(response)
    assert CasePage.objects.filter(title="Imported case", live=False).exists()


def test_only_people_who_may_add_cases_can_import(client, translator, case_index):
    assert client.get(URL).status_code == 302  # to the login
    client.force_login(translator)
    assert client.get(URL).status_code in (302, 403)


def test_the_command_checks_and_imports(tmp_path, case_index):
    from hub.factories import UserFactory

    UserFactory(username="importer")
    path = tmp_path / "cases.csv"
    path.write_text(HEADER + "Wind,Coop,XX,D,7,,,,\n")
    with pytest.raises(CommandError, match="1 problems; nothing was imported"):
        call_command("import_cases", str(path), "--user", "importer", stderr=io.StringIO())
    path.write_text(HEADER + "Wind,Coop,PL,D,7,,,,\n")
    out = io.StringIO()
    call_command("import_cases", str(path), "--user", "importer", "--dry-run", stdout=out)
    assert "1 cases are ready to import." in out.getvalue()
    assert not CasePage.objects.filter(title="Wind").exists()
    call_command("import_cases", str(path), "--user", "importer", stdout=out)
    assert CasePage.objects.filter(title="Wind", live=False).exists()

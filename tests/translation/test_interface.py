"""The interface speaks every partner language (compiled catalogues)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, skip_link, cases",
    [
        ("en", "Skip to main content", "Cases"),
        ("de", "Zum Hauptinhalt springen", "Fallbeispiele"),
        ("es", "Saltar al contenido principal", "Casos"),
        ("it", "Vai al contenuto principale", "Casi"),
        ("pl", "Przejdź do treści głównej", "Studia przypadków"),
        ("el", "Μετάβαση στο κύριο περιεχόμενο", "Μελέτες περίπτωσης"),
        ("sl", "Preskoči na glavno vsebino", "Primeri"),
        ("cs", "Přejít k hlavnímu obsahu", "Případové studie"),
        ("sk", "Preskočiť na hlavný obsah", "Prípadové štúdie"),
        ("hu", "Ugrás a fő tartalomra", "Esettanulmányok"),
    ],
)
def test_interface_is_translated(client, home_page, language, skip_link, cases):
    html = client.get(f"/{language}/").content.decode()
    assert skip_link in html
    assert f">{cases}</a>" in html


@pytest.mark.parametrize(
    "count, expected",
    [(1, "1 wynik dla"), (3, "3 wyniki dla"), (5, "5 wyników dla"), (22, "22 wyniki dla")],
)
def test_polish_plurals(count, expected):
    from django.utils import translation
    from django.utils.translation import ngettext

    with translation.override("pl"):
        text = ngettext(
            "%(counter)s result for <bdi>“%(query)s”</bdi>",
            "%(counter)s results for <bdi>“%(query)s”</bdi>",
            count,
        )
    assert (text % {"counter": count, "query": "x"}).startswith(expected)


@pytest.mark.parametrize("language", ["de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"])
def test_no_partner_language_falls_back_to_english(client, home_page, language):
    html = client.get(f"/{language}/").content.decode()
    assert "Skip to main content" not in html
    assert "Search cases, methods, courses and materials" not in html

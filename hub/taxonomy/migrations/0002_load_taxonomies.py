"""Load the real classifications in English, the source locale."""

from django.db import migrations
from django_countries import countries

from hub.taxonomy import data


def load(apps, schema_editor):
    locale = apps.get_model("wagtailcore", "Locale").objects.get(language_code="en")

    def put(model_name, key, **fields):
        model = apps.get_model("taxonomy", model_name)
        model.objects.update_or_create(locale=locale, **key, defaults=fields)

    for number, title, colour in data.SDGS:
        put("SDG", {"number": number}, title=title, colour=colour)
    for slug, title in data.GREEN_DEAL_AREAS:
        put("GreenDealArea", {"slug": slug}, title=title)
    for code, title in data.NACE_SECTIONS:
        put("Sector", {"code": code}, title=title)
    for code, _name in countries:
        put("Country", {"code": code})
    for slug, title in data.ORGANISATION_TYPES:
        put("OrganisationType", {"slug": slug}, title=title)
    for slug, title in data.AUDIENCES:
        put("Audience", {"slug": slug}, title=title)
    for level, title in data.EQF_LEVELS:
        put("EQFLevel", {"level": level}, title=title)
    for slug, short_name, title, url in data.LICENCES:
        put("Licence", {"slug": slug}, short_name=short_name, title=title, url=url)
    for slug, title in data.METHOD_CATEGORIES:
        put("MethodCategory", {"slug": slug}, title=title)
    for framework, rows in (("greencomp", data.GREENCOMP), ("entrecomp", data.ENTRECOMP)):
        for area, code, title in rows:
            put("Competence", {"framework": framework, "code": code}, area=area, title=title)


class Migration(migrations.Migration):
    dependencies = [
        ("taxonomy", "0001_initial"),
        ("hub", "0002_locales_and_home_page"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]

"""The ten locales of the hub and the English home page as the default site's root, so
a fresh database serves /en/ before any demo content is loaded."""

from django.db import migrations

LANGUAGE_CODES = ["en", "de", "es", "it", "pl", "el", "sl", "cs", "sk", "hu"]


def create_locales_and_home(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("hub.HomePage")

    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}

    # Wagtail's first migration made a plain "Welcome" page (and a site pointing at it);
    # the hub's own home page takes its place in the tree.
    page_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    Page.objects.filter(content_type=page_type, depth=2, slug="home").delete()
    if HomePage.objects.exists():
        return
    home_type, _ = ContentType.objects.get_or_create(app_label="hub", model="homepage")
    root = Page.objects.get(depth=1)
    home = HomePage.objects.create(
        title="IMPACT hub",
        draft_title="IMPACT hub",
        slug="home",
        content_type=home_type,
        path=f"{root.path}0001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locales["en"],
        live=True,
        intro=(
            "Open-access best-practice cases, facilitation toolkits and course modules on "
            "sustainability-oriented innovation and entrepreneurship."
        ),
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update(is_default_site=False)
    Site.objects.create(
        hostname="localhost", port=80, root_page_id=home.pk, is_default_site=True,
        site_name="IMPACT hub",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("hub", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales_and_home, migrations.RunPython.noop)]

"""The demo site's front page, in all four languages."""

from django.db import transaction
from wagtail.models import Page, Site

from .models import HomePage

HOME = {
    "title": {
        "en": "Learning for a digital public service",
        "sw": "Mafunzo kwa utumishi wa umma wa kidijitali",
        "ar": "التعلّم من أجل خدمة عامة رقمية",
        "fr": "Apprendre pour un service public numérique",
    },
    "intro": {
        "en": "<p>Maarifa brings digital-literacy and cybersecurity-awareness training to every "
        "civil servant, in their own language, on any device.</p>",
        "sw": "<p>Maarifa inaleta mafunzo ya ujuzi wa kidijitali na uelewa wa usalama wa "
        "mtandao kwa kila mtumishi wa umma, kwa lugha yake, kwenye kifaa chochote.</p>",
        "ar": "<p>تقدّم «معارف» التدريب على المهارات الرقمية والتوعية بالأمن السيبراني لكل "
        "موظف في الخدمة العامة، بلغته، وعلى أي جهاز.</p>",
        "fr": "<p>Maarifa apporte à chaque fonctionnaire des formations au numérique et de "
        "sensibilisation à la cybersécurité, dans sa langue, sur tout appareil.</p>",
    },
    "call_to_action": {
        "en": "Sign in to start learning",
        "sw": "Ingia ili uanze kujifunza",
        "ar": "سجّل الدخول لتبدأ التعلّم",
        "fr": "Connectez-vous pour commencer",
    },
}


@transaction.atomic
def generate(*, seed: int = 42) -> HomePage:
    """Make a translated HomePage the root of the default site (idempotent)."""
    del seed
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(slug="maarifa")
        _apply(home)
        Page.get_first_root_node().add_child(instance=home)
        home.save_revision().publish()
    elif _apply(home) or not home.live:
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Maarifa",
        )
    elif site.root_page_id != home.pk:
        welcome = site.root_page
        site.root_page, site.site_name = home, "Maarifa"
        site.save()
        # Wagtail's "Welcome to your new Wagtail site" page, now unreachable.
        if type(welcome.specific) is Page and not welcome.get_children().exists():
            welcome.delete()
    return home


def _apply(home: HomePage) -> bool:
    """Set the demo text; say whether anything changed."""
    changed = False
    for field, by_language in HOME.items():
        for language, value in by_language.items():
            name = f"{field}_{language}"
            if getattr(home, name) != value:
                setattr(home, name, value)
                changed = True
    return changed

from modeltranslation.translator import TranslationOptions, register

from .models import OrganisationUnit


@register(OrganisationUnit)
class OrganisationUnitTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = ("en",)

from modeltranslation.translator import TranslationOptions, register

from .models import CertificateDesign, CertificateSettings


@register(CertificateSettings)
class CertificateSettingsTranslation(TranslationOptions):
    fields = ("organisation_name", "signatory_title")
    required_languages = ("en",)


@register(CertificateDesign)
class CertificateDesignTranslation(TranslationOptions):
    fields = ("signatory_title",)

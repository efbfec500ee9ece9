"""Which languages a page or snippet is written in.

A field counts as missing in a language when it has English text and no text
in that language (readers then see the English, with a notice). Used by the
pages themselves, the catalogue's language filter and the admin panel that
shows trainers how complete each language is.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import models
from modeltranslation.translator import NotRegistered, translator

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


@dataclass(frozen=True)
class LanguageStatus:
    code: str
    name: str
    missing: tuple[str, ...]  # verbose names of the untranslated fields

    @property
    def complete(self) -> bool:
        return not self.missing


def translated_fields(model: type[models.Model]) -> list[str]:
    try:
        return sorted(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        return []


def _has_text(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return bool(len(value)) if hasattr(value, "__len__") else True


def _own_missing_fields(instance: models.Model, language: str) -> list[str]:
    return [
        name
        for name in translated_fields(type(instance))
        if _has_text(getattr(instance, f"{name}_{DEFAULT_LANGUAGE}", None))
        and not _has_text(getattr(instance, f"{name}_{language}", None))
    ]


def missing_fields(instance: models.Model, language: str) -> list[str]:
    """Names of the fields with English text but none in ``language``."""
    if language == DEFAULT_LANGUAGE:
        return []
    return _own_missing_fields(instance, language)


def missing_labels(instance: models.Model, language: str) -> list[str]:
    """Readable names of everything untranslated in ``language``, including the
    parts edited inside the page (a quiz's questions and choices)."""
    if language == DEFAULT_LANGUAGE:
        return []
    labels = [
        str(instance._meta.get_field(name).verbose_name)
        for name in _own_missing_fields(instance, language)
    ]
    related = getattr(instance, "translation_related", None)
    for prefix, part in related() if related else ():
        labels += [
            f"{prefix}: {part._meta.get_field(name).verbose_name}"
            for name in _own_missing_fields(part, language)
        ]
    return labels


def language_statuses(instance: models.Model) -> list[LanguageStatus]:
    """One entry per site language, English first."""
    statuses = []
    for code, name in settings.LANGUAGES:
        labels = tuple(missing_labels(instance, code))
        statuses.append(LanguageStatus(code=code, name=name, missing=labels))
    return statuses


def complete_languages(instances: list[models.Model]) -> list[str]:
    """The languages in which every one of ``instances`` is complete."""
    return [
        code
        for code, _name in settings.LANGUAGES
        if all(not missing_labels(instance, code) for instance in instances)
    ]

"""django-q2 entry points: ids in, services do the work (see ``services``)."""

from . import services


def render_certificate(certificate_id: int, version: int | None = None) -> str:
    return services.certificate_render(certificate_id=certificate_id, version=version)


def build_archive(archive_id: int) -> str:
    return services.certificate_archive_build(archive_id=archive_id)


def sweep() -> dict[str, int]:
    return services.sweep()

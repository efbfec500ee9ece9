"""django-q2 entry points: ids in, services do the work (see ``directory.jobs``)."""

from .directory import jobs
from .models import User


def directory_import_preview(token: str) -> str:
    """Check an uploaded staff directory file and keep its preview."""
    return jobs.pending_import_check(token=token)


def directory_import_apply(token: str, user_id: int) -> str:
    """Import a checked staff directory file as the person who confirmed it."""
    importer = User.objects.filter(pk=user_id).first()
    if importer is None:
        return "gone"
    return jobs.pending_import_run(token=token, importer=importer)

"""The four roles, as Django groups, and the permissions each one holds.

The groups are created by a data migration; ``sync_role_permissions`` runs
after every ``migrate`` so that a permission added by a later feature reaches
its role without another hand-written migration.
"""

from __future__ import annotations

LEARNERS = "Learners"
TRAINERS = "Trainers"
TRAINING_LEADS = "Training leads"
HR_OFFICERS = "HR officers"
ADMINISTRATORS = "Administrators"
ALL_ROLES = (LEARNERS, TRAINERS, TRAINING_LEADS, HR_OFFICERS, ADMINISTRATORS)

_AUTHORING = {
    "wagtailadmin.access_admin",
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
    "content.add_coursecategory",
    "content.change_coursecategory",
    "content.view_coursecategory",
    "courses.add_enrolment",
    "courses.view_enrolment",
    "courses.view_quizattempt",
    "courses.change_quizattempt",
}

# "app_label.codename". Learners hold nothing: they never reach the admin.
ROLE_PERMISSIONS: dict[str, set[str]] = {
    LEARNERS: set(),
    TRAINERS: _AUTHORING,
    TRAINING_LEADS: _AUTHORING,
    HR_OFFICERS: {
        "wagtailadmin.access_admin",
        "lms.view_user",
        "lms.view_organisationunit",
        "lms.import_staff",
        "courses.add_enrolment",
        "courses.view_enrolment",
        "courses.view_trainingrequirement",
        "courses.add_trainingrequirement",
        "courses.change_trainingrequirement",
        "certificates.view_certificate",
        "certificates.change_certificate",
        "certificates.add_certificatearchive",
    },
    ADMINISTRATORS: {
        "wagtailadmin.access_admin",
        "lms.add_user",
        "lms.change_user",
        "lms.delete_user",
        "lms.view_user",
        "lms.import_staff",
        "lms.add_organisationunit",
        "lms.change_organisationunit",
        "lms.delete_organisationunit",
        "lms.view_organisationunit",
        "auth.add_group",
        "auth.change_group",
        "auth.view_group",
        "wagtailcore.change_site",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.delete_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.delete_document",
        "wagtaildocs.choose_document",
        "content.add_coursecategory",
        "content.change_coursecategory",
        "content.delete_coursecategory",
        "content.view_coursecategory",
        "courses.add_enrolment",
        "courses.view_enrolment",
        "courses.view_quizattempt",
        "courses.change_quizattempt",
        "courses.view_trainingrequirement",
        "courses.add_trainingrequirement",
        "courses.change_trainingrequirement",
        "certificates.view_certificate",
        "certificates.change_certificate",
        "certificates.add_certificatearchive",
        "certificates.add_certificatedesign",
        "certificates.change_certificatedesign",
        "certificates.delete_certificatedesign",
        "certificates.view_certificatedesign",
        "certificates.change_certificatesettings",
    },
}

# Page permissions, held on the root page and so over the whole tree. Trainers
# draft and submit; only training leads (through the "Course review" workflow)
# and administrators publish.
ROLE_PAGE_PERMISSIONS: dict[str, set[str]] = {
    TRAINERS: {"add_page", "change_page"},
    TRAINING_LEADS: {"add_page", "change_page", "publish_page", "lock_page", "unlock_page"},
    ADMINISTRATORS: {
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    },
}

# Image and document permissions in Wagtail are granted per collection.
COLLECTION_PERMISSION_APPS = {"wagtailimages", "wagtaildocs"}


def sync_role_permissions(*, sender=None, **kwargs) -> None:
    """Give each role group exactly the permissions declared above (idempotent).

    Connected to ``post_migrate``, which is sent once per app with models, in
    registry order; acting only for the last of them means every permission
    (created by earlier receivers of the same signal) exists.
    """
    from django.apps import apps
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is not None and sender.label != with_models[-1].label:
        return
    by_name = {
        f"{p.content_type.app_label}.{p.codename}": p
        for p in Permission.objects.select_related("content_type")
    }
    root_collection = Collection.get_first_root_node()
    # Only the id: at post_migrate time the translated Page columns may not
    # exist yet, so the full model cannot be loaded.
    root_page = Page.objects.filter(depth=1).order_by("path").values_list("pk", flat=True).first()
    page_permissions = {
        p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore")
    }
    for role, declared in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role)
        found = [by_name[name] for name in sorted(declared) if name in by_name]
        per_collection = [
            p for p in found if p.content_type.app_label in COLLECTION_PERMISSION_APPS
        ]
        group.permissions.set([p for p in found if p not in per_collection])
        if root_page is not None:
            on_pages = [page_permissions[c] for c in ROLE_PAGE_PERMISSIONS.get(role, ())]
            for permission in on_pages:
                GroupPagePermission.objects.get_or_create(
                    group=group, page_id=root_page, permission=permission
                )
            GroupPagePermission.objects.filter(group=group).exclude(
                page_id=root_page, permission__in=on_pages
            ).delete()
        if root_collection is None:
            continue
        for permission in per_collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        GroupCollectionPermission.objects.filter(group=group).exclude(
            permission__in=per_collection
        ).delete()


def user_has_role(user, role: str) -> bool:
    """Whether ``user`` is in the role's group; one query per user object,
    however many times a request asks."""
    if not user.is_authenticated:
        return False
    names = getattr(user, "_maarifa_role_names", None)
    if names is None:
        names = frozenset(group.name for group in user.groups.all())
        user._maarifa_role_names = names
    return role in names


def can_access_admin(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")

"""Create the four role groups, replacing Wagtail's generic Editors and
Moderators, which would otherwise sit beside them with overlapping rights. Their permissions are kept in step with
``lms.roles.ROLE_PERMISSIONS`` after every migrate (see ``lms.apps``)."""

from django.db import migrations

ROLES = ("Learners", "Trainers", "HR officers", "Administrators")


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    for name in ROLES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("lms", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]

"""Publishing goes through review: a "Course review" workflow on the whole
page tree whose one task is approval by the Training leads group.

Wagtail's default "Moderators approval" workflow lost its group when the role
migration removed Moderators; it is retired here so that only one workflow
applies. Page permissions themselves are declared in ``lms.roles``.
"""

from django.db import migrations

WORKFLOW = "Course review"
TASK = "Training lead review"
GROUP = "Training leads"


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    root = Page.objects.filter(depth=1).first()
    if root is None:
        return
    leads, _ = Group.objects.get_or_create(name=GROUP)
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.set([leads])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    WorkflowPage.objects.filter(page=root).exclude(workflow=workflow).delete()
    WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})
    Workflow.objects.filter(name="Moderators approval").update(active=False)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0002_coursecategory_courseindexpage_coursesectionpage_and_more"),
        ("lms", "0002_role_groups"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]

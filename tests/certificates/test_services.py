"""Issuing, rendering, revoking, re-issuing and the sweep."""

import datetime
from datetime import timedelta

import pytest
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from certificates import services
from certificates.models import MAX_RENDER_ATTEMPTS, Certificate, certificate_storage
from content.models import LessonPage
from courses.models import Enrolment
from courses.services import lesson_complete

from .conftest import complete, pdf_text

pytestmark = pytest.mark.django_db


def _storage_at(storages: dict, location) -> dict:
    """The STORAGES setting with the certificates store moved to ``location``."""
    moved = dict(storages)
    moved["certificates"] = {**storages["certificates"], "OPTIONS": {"location": str(location)}}
    return moved


def test_completing_a_course_issues_renders_and_notifies_in_the_learners_language(
    course, learner, django_capture_on_commit_callbacks
):
    learner.preferred_language = "sw"
    learner.save()
    enrolment = Enrolment.objects.create(user=learner, course=course, enrolled_at=timezone.now())
    lessons = list(LessonPage.objects.child_of(course).order_by("path"))
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            lesson_complete(enrolment=enrolment, lesson=lesson)
    certificate = Certificate.objects.get()
    assert certificate.enrolment == enrolment
    assert certificate.holder_name == "Amina Juma"
    assert certificate.language == "sw"
    assert certificate.status == Certificate.Status.READY
    assert "Uelewa wa usalama wa mtandao" in pdf_text(certificate.file.path)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert "Uelewa wa usalama wa mtandao" in message.subject
    assert certificate.display_code in message.body
    assert "/sw/certificates/" in message.body
    assert certificate.notified_at is not None


def test_one_certificate_per_completion_even_when_issued_twice(course, learner, issue):
    enrolment = complete(learner, course)
    first = issue(enrolment)
    second = issue(enrolment)
    assert first.pk == second.pk
    assert Certificate.objects.count() == 1


def test_the_database_refuses_a_second_certificate_in_force(course, learner, issue):
    certificate = issue(complete(learner, course))
    duplicate = Certificate(
        code="0000000000" + "00",
        user=learner,
        enrolment=certificate.enrolment,
        course=course,
        holder_name="x",
        completed_at=certificate.completed_at,
        language="en",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        duplicate.save()


def test_no_certificate_for_courses_that_issue_none_or_incomplete_enrolments(course, learner):
    enrolment = Enrolment.objects.create(user=learner, course=course, enrolled_at=timezone.now())
    assert services.certificate_issue(enrolment=enrolment) is None
    course.issues_certificate = False
    course.save()
    enrolment.completed_at = timezone.now()
    enrolment.save()
    assert services.certificate_issue(enrolment=enrolment) is None
    assert not Certificate.objects.exists()


def test_expiry_follows_the_courses_validity(course, learner, issue):
    course.certificate_validity_months = 12
    course.save()
    when = timezone.make_aware(datetime.datetime(2024, 2, 29, 12))
    certificate = issue(complete(learner, course, when=when))
    assert certificate.expires_on == datetime.date(2025, 2, 28)
    assert certificate.validity() == Certificate.Validity.EXPIRED
    assert "28 February 2025" in pdf_text(certificate.file.path)


def test_rendering_twice_changes_nothing(course, learner, issue):
    certificate = issue(complete(learner, course))
    name = certificate.file.name
    assert services.certificate_render(certificate_id=certificate.pk) == "already rendered"
    assert services.certificate_render(certificate_id=certificate.pk, version=1) == (
        "already rendered"
    )
    certificate.refresh_from_db()
    assert certificate.file.name == name
    assert len(mail.outbox) == 1


def test_rerender_in_another_language_keeps_the_code_and_replaces_the_file(
    course, learner, issue, django_capture_on_commit_callbacks
):
    certificate = issue(complete(learner, course))
    old_name, code = certificate.file.name, certificate.code
    learner.full_name = "Amina Juma Khamis"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.certificate_rerender(certificate=certificate, language="fr", refresh_name=True)
    certificate.refresh_from_db()
    assert certificate.code == code
    assert certificate.language == "fr"
    assert certificate.rendered_version == certificate.render_version == 2
    assert certificate.file.name != old_name
    assert not certificate_storage().exists(old_name)
    text = pdf_text(certificate.file.path)
    assert "Amina Juma Khamis" in text and "Sensibilisation à la cybersécurité" in text
    assert len(mail.outbox) == 1  # the holder was told once, when it was first ready


def test_a_late_render_of_an_old_version_is_discarded(
    course, learner, issue, django_capture_on_commit_callbacks
):
    certificate = issue(complete(learner, course))
    Certificate.objects.filter(pk=certificate.pk).update(render_version=2)
    # Version 1's task arriving again (redelivered) is ignored…
    assert services.certificate_render(certificate_id=certificate.pk, version=1) == (
        "already rendered"
    )
    # …and version 2 is rendered once, replacing version 1's file.
    with django_capture_on_commit_callbacks(execute=True):
        result = services.certificate_render(certificate_id=certificate.pk, version=2)
    assert result == "rendered"
    assert services.certificate_render(certificate_id=certificate.pk, version=2) == (
        "already rendered"
    )
    files = certificate_storage().listdir(f"certificates/{certificate.code[:2]}")[1]
    assert len([f for f in files if f.startswith(certificate.code)]) == 1


def test_storage_errors_are_recorded_and_retried_then_marked_failed(
    course, learner, settings, caplog, tmp_path
):
    enrolment = complete(learner, course)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    working = settings.STORAGES
    settings.STORAGES = _storage_at(working, blocker)  # saving under a file fails
    with caplog.at_level("ERROR"):
        certificate = services.certificate_issue(enrolment=enrolment)
        for attempt in range(1, MAX_RENDER_ATTEMPTS + 1):
            with pytest.raises(OSError):
                services.certificate_render(certificate_id=certificate.pk)
            certificate.refresh_from_db()
            assert certificate.render_attempts == attempt
            assert not certificate.file
            assert "Error" in certificate.last_error
    assert certificate.status == Certificate.Status.FAILED
    assert "could not be rendered" in caplog.text
    # An administrator renders it again once storage is fixed.
    settings.STORAGES = working
    services.certificate_rerender(certificate=certificate)
    assert services.certificate_render(certificate_id=certificate.pk) == "rendered"
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.READY and certificate.last_error == ""
    assert Certificate.objects.count() == 1


def test_revoke_needs_a_reason_and_records_who_and_when(course, learner, issue, hr_officer):
    certificate = issue(complete(learner, course))
    with pytest.raises(services.CertificateError, match="reason"):
        services.certificate_revoke(certificate=certificate, by=hr_officer, reason="  ")
    revoked = services.certificate_revoke(
        certificate=certificate, by=hr_officer, reason="Completed on behalf of someone else"
    )
    assert revoked.revoked_by == hr_officer and revoked.revoked_at is not None
    assert revoked.validity() == Certificate.Validity.REVOKED
    with pytest.raises(services.CertificateError, match="already"):
        services.certificate_revoke(certificate=revoked, by=hr_officer, reason="again")
    with pytest.raises(services.CertificateError, match="revoked"):
        services.certificate_rerender(certificate=revoked, language="ar")


def test_reissue_gives_a_new_code_for_the_same_completion(
    course, learner, issue, hr_officer, django_capture_on_commit_callbacks
):
    certificate = issue(complete(learner, course))
    with pytest.raises(services.CertificateError, match="Only a revoked"):
        services.certificate_reissue(certificate=certificate, by=hr_officer)
    services.certificate_revoke(certificate=certificate, by=hr_officer, reason="Wrong name")
    certificate.refresh_from_db()
    learner.full_name = "Amina J. Mohamed"
    learner.save()
    with django_capture_on_commit_callbacks(execute=True):
        new = services.certificate_reissue(certificate=certificate, by=hr_officer)
    new.refresh_from_db()
    assert new.code != certificate.code
    assert new.replaces == certificate
    assert new.holder_name == "Amina J. Mohamed"
    assert new.status == Certificate.Status.READY
    assert Certificate.objects.valid().get() == new
    with pytest.raises(services.CertificateError, match="already been re-issued"):
        services.certificate_reissue(certificate=certificate, by=hr_officer)
    # Issuing for the completion now finds the one in force.
    assert services.certificate_issue(enrolment=certificate.enrolment) == new


def test_sweep_requeues_lost_renders_and_gives_up_after_the_attempts(
    course, learner, hr_officer, django_capture_on_commit_callbacks
):
    certificate = services.certificate_issue(enrolment=complete(learner, course))
    # Nothing ran: the task was lost (on_commit callbacks never executed here).
    assert Certificate.objects.get().status == Certificate.Status.PENDING
    assert services.sweep()["requeued"] == 0  # not stale yet
    later = timezone.now() + services.STALE_AFTER + timedelta(seconds=1)
    with django_capture_on_commit_callbacks(execute=True):
        counts = services.sweep(now=later)
    assert counts["requeued"] == 1
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.READY
    # One that keeps failing is marked failed and logged.
    other = services.certificate_issue(enrolment=complete(hr_officer, course, when=later))
    Certificate.objects.filter(pk=other.pk).update(
        render_attempts=MAX_RENDER_ATTEMPTS, render_requested_at=timezone.now()
    )
    counts = services.sweep(now=later + services.STALE_AFTER * 2)
    assert counts["failed"] == 1
    assert Certificate.objects.get(pk=other.pk).status == Certificate.Status.FAILED


def test_sweep_issues_certificates_for_completions_that_have_none(course, learner):
    complete(learner, course)
    assert services.sweep()["issued"] == 1
    assert services.sweep()["issued"] == 0
    assert Certificate.objects.count() == 1


def test_sweep_retries_notifications_that_failed(course, learner, issue, settings):
    settings.EMAIL_BACKEND = "tests.certificates.failing_email.Backend"
    certificate = issue(complete(learner, course))
    assert certificate.notified_at is None
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    counts = services.sweep(now=timezone.now() + services.STALE_AFTER + timedelta(seconds=1))
    assert counts["notified"] == 1
    assert len(mail.outbox) == 1
    assert services.sweep(now=timezone.now() + services.STALE_AFTER * 2)["notified"] == 0


def test_rerender_command_after_a_design_change(
    course, learner, hr_officer, issue, django_capture_on_commit_callbacks
):
    from django.core.management import CommandError, call_command

    first = issue(complete(learner, course))
    code = first.code
    second = issue(complete(hr_officer, course))
    services.certificate_revoke(certificate=second, by=hr_officer, reason="Duplicate")
    with pytest.raises(CommandError, match="Say which"):
        call_command("rerender_certificates")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("rerender_certificates", "--course", course.slug)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.rendered_version == 2 and first.code == code
    assert second.render_version == 1  # revoked ones are left alone


def test_a_rerender_that_keeps_failing_leaves_the_previous_pdf(
    course, learner, issue, settings, tmp_path, django_capture_on_commit_callbacks
):
    certificate = issue(complete(learner, course))
    services.certificate_rerender(certificate=certificate, language="fr")
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    working = settings.STORAGES
    settings.STORAGES = _storage_at(working, blocker)
    for _ in range(MAX_RENDER_ATTEMPTS):
        with pytest.raises(OSError):
            services.certificate_render(certificate_id=certificate.pk)
    settings.STORAGES = working
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.READY
    assert certificate.is_downloadable and not certificate.render_pending
    assert certificate.last_error
    later = timezone.now() + services.STALE_AFTER * 2
    counts = services.sweep(now=later)
    assert counts["failed"] == 0 and counts["requeued"] == 0
    assert Certificate.objects.get(pk=certificate.pk).status == Certificate.Status.READY

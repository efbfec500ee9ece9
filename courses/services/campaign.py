"""Taking part in awareness campaigns.

A campaign is a kind of course (``content.CampaignPage``), so taking part is
an enrolment; completing it by quiz goes through ``courses.services.quiz``
like any course. This module adds what campaigns do differently: they are
open for a period, people join them by opening them, and they can be
completed by acknowledging a policy.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from content.models import CampaignPage
from lms.models import User

from ..models import Enrolment
from .enrolment import (
    LearningError,
    enrolment_create,
    enrolment_renew,
    mark_complete,
    renewal_due,
)


def _check_open(campaign: CampaignPage, now) -> None:
    today = timezone.localdate(now)
    if today < campaign.starts_on:
        raise LearningError(
            _("This campaign opens on %(date)s.") % {"date": campaign.starts_on.isoformat()}
        )
    if today > campaign.ends_on:
        raise LearningError(
            _("This campaign ended on %(date)s.") % {"date": campaign.ends_on.isoformat()}
        )


def campaign_join(*, user: User, campaign: CampaignPage, now=None) -> Enrolment:
    """The person's current round of the campaign: created on first use, and
    started afresh when the previous completion is due for renewal.

    Preconditions: the campaign is open today.
    """
    now = now or timezone.now()
    _check_open(campaign, now)
    enrolment, _changed = enrolment_create(user=user, course=campaign)
    if enrolment.completed_at is not None and renewal_due(enrolment=enrolment):
        enrolment = enrolment_renew(enrolment=enrolment, now=now)
    return enrolment


def campaign_acknowledge(
    *, user: User, campaign: CampaignPage, policy_version: str, now=None
) -> tuple[Enrolment, bool]:
    """Record that ``user`` has read and understood the campaign, with the
    policy version they saw; return the enrolment and whether this call
    completed it.

    Recorded once per round: acknowledging again changes nothing. Refused
    when the campaign is completed by quiz, is not open, or its policy
    version changed since the person loaded the page. Locks the enrolment row.
    """
    now = now or timezone.now()
    if not campaign.acknowledges:
        raise LearningError(_("This campaign is completed by passing its quiz."))
    if policy_version != campaign.policy_version:
        raise LearningError(
            _("The policy was updated while you were reading. Read it again, then confirm.")
        )
    enrolment = campaign_join(user=user, campaign=campaign, now=now)
    with transaction.atomic():
        locked = Enrolment.objects.select_for_update().get(pk=enrolment.pk)
        if locked.completed_at is not None:
            return locked, False
        locked.acknowledged_policy_version = policy_version
        mark_complete(enrolment=locked, now=now, extra_fields=("acknowledged_policy_version",))
    return locked, True

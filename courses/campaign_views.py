"""What a learner does on an awareness-campaign page: read it, then
acknowledge it or take its quiz. Plain forms, no JavaScript."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from content.models import CampaignPage, QuizPage

from . import services
from .page_views import _render, post_only
from .selectors import enrolment_of


class AcknowledgeForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I have read and understood this campaign."),
        error_messages={"required": gettext_lazy("Tick the box to confirm you have read it.")},
    )
    policy_version = forms.CharField(max_length=50, widget=forms.HiddenInput)

    def __init__(self, *args, campaign: CampaignPage, **kwargs):
        kwargs.setdefault("initial", {"policy_version": campaign.policy_version})
        super().__init__(*args, **kwargs)
        if campaign.acknowledgement_text:
            self.fields["confirm"].label = campaign.acknowledgement_text


def _quiz(page: CampaignPage) -> QuizPage | None:
    return QuizPage.objects.live().child_of(page).order_by("path").first()


def campaign(request, page: CampaignPage, form: AcknowledgeForm | None = None):
    enrolment = enrolment_of(user=request.user, course=page)
    renewal = enrolment is not None and services.renewal_due(enrolment=enrolment)
    return _render(
        request,
        page,
        {
            "enrolment": enrolment,
            "completed": enrolment is not None
            and enrolment.completed_at is not None
            and not renewal,
            "renewal_due": renewal,
            "is_open": page.is_open(),
            "today": timezone.localdate(),
            "quiz": None if page.acknowledges else _quiz(page),
            "form": form or AcknowledgeForm(campaign=page),
        },
    )


def campaign_acknowledge(request, page: CampaignPage):
    if refusal := post_only(request, page):
        return refusal
    form = AcknowledgeForm(request.POST, campaign=page)
    if not form.is_valid():
        return campaign(request, page, form=form)
    try:
        _enrolment, completed = services.campaign_acknowledge(
            user=request.user, campaign=page, policy_version=form.cleaned_data["policy_version"]
        )
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(page.get_url(request))
    if completed:
        messages.success(request, _("Thank you. Your acknowledgement is recorded."))
    else:
        messages.info(request, _("You have already completed this campaign."))
    return HttpResponseRedirect(page.get_url(request))


def campaign_take_quiz(request, page: CampaignPage):
    if refusal := post_only(request, page):
        return refusal
    quiz = _quiz(page)
    if quiz is None or page.acknowledges:
        messages.error(request, _("This campaign has no quiz to take."))
        return HttpResponseRedirect(page.get_url(request))
    try:
        services.campaign_join(user=request.user, campaign=page)
    except services.LearningError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(page.get_url(request))
    return HttpResponseRedirect(quiz.get_url(request))

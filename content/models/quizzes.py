"""Quizzes: a page in a course, with its questions and their choices inline.

Questions and choices are part of the page, so they go through the same
revisions, preview and review workflow as the rest of the course. Learners'
attempts (in ``courses``) freeze a copy of the questions when they start, so
editing a quiz never rewrites anyone's result.
"""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from ..panels import TranslationStatusPanel
from .courses import TranslatedPageMixin

MAX_TEXT_ANSWER_LENGTH = 500


class QuestionKind(models.TextChoices):
    SINGLE = "single", _("Single choice")
    MULTIPLE = "multiple", _("Multiple response")
    TRUE_FALSE = "true_false", _("True or false")
    SHORT_TEXT = "short_text", _("Short text answer")


class Scoring(models.TextChoices):
    ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
    PARTIAL = "partial", _("Partial credit, wrong choices cost marks")


class ShowAnswers(models.TextChoices):
    NEVER = "never", _("Never")
    AFTER_PASSING = "after_passing", _("After passing")
    AFTER_LAST_ATTEMPT = "after_last_attempt", _("After the last attempt")


class QuizPageForm(WagtailAdminPageForm):
    """Checks that each question's choices fit its kind, which no single
    question or choice form can see on its own."""

    def is_valid(self) -> bool:
        valid = super().is_valid()
        questions = self.formsets.get("questions")
        if questions is None:
            return valid
        live = [
            form
            for form in questions.forms
            if form.is_valid() and not (questions.can_delete and form.cleaned_data.get("DELETE"))
        ]
        for form in live:
            message = question_choices_problem(
                form.cleaned_data.get("kind"),
                [
                    choice.cleaned_data.get("is_correct", False)
                    for choice in form.formsets["choices"].forms
                    if choice.is_valid()
                    and choice.cleaned_data
                    and not choice.cleaned_data.get("DELETE")
                ],
                accepted=form.cleaned_data.get("accepted_answers_en", ""),
            )
            if message:
                form.add_error(None, message)
                valid = False
        drawn = self.cleaned_data.get("questions_per_attempt") if self.is_bound else None
        if drawn and drawn > len(live):
            self.add_error(
                "questions_per_attempt",
                _("The quiz has only %(count)s questions to draw from.") % {"count": len(live)},
            )
            valid = False
        return valid


def question_choices_problem(kind: str | None, correct_flags: list[bool], accepted: str) -> str:
    """Why a question's choices do not fit its kind, or an empty string."""
    correct = sum(1 for flag in correct_flags if flag)
    if kind == QuestionKind.SHORT_TEXT:
        if correct_flags:
            return str(_("A short text question has no choices: list accepted answers instead."))
        if not accepted.strip():
            return str(_("Give at least one accepted answer in English."))
        return ""
    if kind == QuestionKind.TRUE_FALSE and (len(correct_flags) != 2 or correct != 1):
        return str(_("A true or false question has exactly two choices, one of them correct."))
    if kind == QuestionKind.SINGLE and (len(correct_flags) < 2 or correct != 1):
        return str(
            _("A single choice question needs at least two choices and exactly one correct.")
        )
    if kind == QuestionKind.MULTIPLE and (len(correct_flags) < 2 or correct < 1):
        return str(
            _("A multiple response question needs at least two choices, one or more correct.")
        )
    return ""


class QuizPage(TranslatedPageMixin, RoutablePageMixin, Page):
    """A quiz in a course: questions a learner answers for a score.

    Learners start, save, submit and review attempts through sub-URLs of this
    page; the handlers live in ``courses.quiz_views``.
    """

    is_quiz = True

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("What the quiz covers and how to prepare."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit."),
    )
    min_wait_minutes = models.PositiveIntegerField(
        _("minimum wait between attempts (minutes)"), default=0
    )
    show_answers = models.CharField(
        _("show correct answers"),
        max_length=20,
        choices=ShowAnswers.choices,
        default=ShowAnswers.AFTER_PASSING,
        help_text=_(
            "Until then, learners see only their score. “After the last attempt” never "
            "applies when attempts are unlimited."
        ),
    )
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions at random from the list below. Empty: all."),
    )
    questions_per_page = models.PositiveSmallIntegerField(
        _("questions per page"),
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("Answers are saved page by page, so a lost connection loses little."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=True)
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("The course is complete only once this quiz is passed."),
    )
    requires_previous = models.BooleanField(
        _("requires the previous item"),
        default=False,
        help_text=_("Learners must complete the lesson or quiz before this one first."),
    )

    base_form_class = QuizPageForm
    content_panels = [
        TranslationStatusPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("min_wait_minutes")]),
                FieldPanel("show_answers"),
                FieldRowPanel(
                    [FieldPanel("questions_per_attempt"), FieldPanel("questions_per_page")]
                ),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
                FieldRowPanel([FieldPanel("required"), FieldPanel("requires_previous")]),
            ],
            heading=_("Settings"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question"), min_num=1),
    ]
    parent_page_types = ["content.CoursePage", "content.CourseSectionPage", "content.CampaignPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def translation_related(self):
        """Questions and choices count towards the quiz's languages, each with
        the label the language panel shows for it."""
        questions = sorted(self.questions.all(), key=_authored_order)
        for number, question in enumerate(questions, start=1):
            yield _("Question %(number)s") % {"number": number}, question
            choices = sorted(question.choices.all(), key=_authored_order)
            for position, choice in enumerate(choices, start=1):
                yield (
                    _("Question %(number)s, choice %(position)s")
                    % {"number": number, "position": position},
                    choice,
                )

    @property
    def unlimited_attempts(self) -> bool:
        return self.attempts_allowed == 0

    @path("")
    def index_route(self, request):
        from courses import quiz_views

        return quiz_views.quiz(request, self)

    @path("start/")
    def start_route(self, request):
        from courses import quiz_views

        return quiz_views.attempt_start(request, self)

    @path("attempt/<int:attempt_id>/")
    def attempt_route(self, request, attempt_id: int):
        from courses import quiz_views

        return quiz_views.attempt_page(request, self, attempt_id)

    @path("attempt/<int:attempt_id>/submit/")
    def submit_route(self, request, attempt_id: int):
        from courses import quiz_views

        return quiz_views.attempt_submit(request, self, attempt_id)

    @path("attempt/<int:attempt_id>/result/")
    def result_route(self, request, attempt_id: int):
        from courses import quiz_views

        return quiz_views.attempt_result(request, self, attempt_id)


def _authored_order(item) -> tuple[int, int]:
    """Orderables made in code may lack a sort order: creation order then decides."""
    return (item.sort_order or 0, item.pk or 0)


class QuizQuestion(ClusterableModel, Orderable):
    """One question of a quiz; its choices are edited inside it."""

    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="questions")
    kind = models.CharField(
        _("type"), max_length=20, choices=QuestionKind.choices, default=QuestionKind.SINGLE
    )
    scoring = models.CharField(
        _("scoring"),
        max_length=20,
        choices=Scoring.choices,
        default=Scoring.ALL_OR_NOTHING,
        help_text=_("For multiple response questions only."),
    )
    text = models.TextField(_("question"), max_length=1000)
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        max_length=2000,
        help_text=_("Why the right answer is right; shown when answers are shown."),
    )
    accepted_answers = models.TextField(
        _("accepted answers"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Short text questions only: one answer per line. Case, spacing and Arabic letter "
            "variants are ignored; answers in every language are accepted."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("scoring")]),
        FieldPanel("text"),
        InlinePanel("choices", heading=_("Choices"), label=_("Choice")),
        FieldPanel("accepted_answers"),
        FieldPanel("explanation"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self) -> str:
        return self.text[:80]


class QuizChoice(Orderable):
    """A possible answer to a question, with the feedback a learner sees for it."""

    question = ParentalKey(QuizQuestion, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("choice"), max_length=300)
    is_correct = models.BooleanField(_("correct"), default=False)
    feedback = models.CharField(
        _("feedback"),
        max_length=500,
        blank=True,
        help_text=_("Shown to learners who picked this choice, when answers are shown."),
    )

    panels = [FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("feedback")]

    class Meta(Orderable.Meta):
        verbose_name = _("choice")
        verbose_name_plural = _("choices")

    def __str__(self) -> str:
        return self.text

"""People and the organisation they work in.

The organisation is a tree of units (ministry → department → unit, any depth)
stored with a materialised path, so "everyone under this department" is one
indexed query whatever the depth. Every staff member belongs to one unit and
may have a line manager; HR officers are responsible for units (and all that
lies below them).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib import admin
from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models.functions import Concat, Lower, Substr
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

unit_code_validator = RegexValidator(
    r"^[A-Z0-9][A-Z0-9_-]{0,31}$",
    _("Use 1–32 capital letters, digits, hyphens or underscores, e.g. MOICT-DIG."),
)


class OrganisationUnitQuerySet(models.QuerySet):
    def subtree_of(self, units) -> OrganisationUnitQuerySet:
        """The given units and every unit below them, in one query."""
        condition = models.Q(pk__in=[])
        for unit in units:
            condition |= models.Q(path__startswith=unit.path)
        return self.filter(condition)


class OrganisationUnit(models.Model):
    class Kind(models.TextChoices):
        MINISTRY = "ministry", _("Ministry")
        DEPARTMENT = "department", _("Department")
        UNIT = "unit", _("Unit")

    code = models.CharField(
        _("code"),
        max_length=32,
        unique=True,
        validators=[unit_code_validator],
        help_text=_("A short code used in imports and reports, e.g. MOICT-DIG."),
    )
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.UNIT)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    # "/1/4/17/": the ids from the root down to this unit. Maintained by save().
    path = models.CharField(max_length=255, db_index=True, editable=False, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)

    objects = OrganisationUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation unit")
        verbose_name_plural = _("organisation units")
        ordering = ["path"]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def save(self, *args, **kwargs) -> None:
        """Keep ``path`` and ``depth`` right for this unit and, after a move, its subtree."""
        with transaction.atomic():
            if self.pk is None:
                super().save(*args, **kwargs)
                args, kwargs = (), {}
            old_path = self.path
            parent_path = (
                OrganisationUnit.objects.values_list("path", flat=True).get(pk=self.parent_id)
                if self.parent_id
                else "/"
            )
            self.path = f"{parent_path}{self.pk}/"
            self.depth = self.path.count("/") - 2
            super().save(*args, **kwargs)
            if old_path and old_path != self.path:
                OrganisationUnit.objects.filter(path__startswith=old_path).exclude(
                    pk=self.pk
                ).update(
                    path=Concat(
                        models.Value(self.path),
                        Substr("path", len(old_path) + 1),
                        output_field=models.CharField(),
                    ),
                    depth=models.F("depth") + (self.path.count("/") - old_path.count("/")),
                )

    def clean(self) -> None:
        if self.code:
            self.code = self.code.strip().upper()
        if (
            self.parent_id
            and self.pk
            and (self.parent_id == self.pk or self.parent.path.startswith(self.path))
        ):
            raise ValidationError(
                {"parent": _("A unit cannot be placed inside itself or one of its own units.")}
            )

    @admin.display(description=_("Name"), ordering="path")
    def tree_label(self) -> str:
        """The name indented by depth, so the admin list reads as a tree."""
        return f"{'— ' * self.depth}{self.name}"

    def get_descendants(self, *, include_self: bool = False) -> OrganisationUnitQuerySet:
        units = OrganisationUnit.objects.filter(path__startswith=self.path)
        return units if include_self else units.exclude(pk=self.pk)

    def get_ancestors(self) -> OrganisationUnitQuerySet:
        ids = [int(part) for part in self.path.strip("/").split("/")[:-1] if part]
        return OrganisationUnit.objects.filter(pk__in=ids).order_by("depth")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A civil servant, trainer, HR officer or administrator. Signs in with email."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("As the person writes it, in any script, e.g. Amina Juma Hassan or أحمد سعيد."),
    )
    employee_number = models.CharField(
        _("employee number"),
        max_length=32,
        unique=True,
        null=True,
        blank=True,
        help_text=_("From the HR system. Left empty only for accounts that are not staff."),
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    unit = models.ForeignKey(
        OrganisationUnit,
        verbose_name=_("organisation unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    line_manager = models.ForeignKey(
        "self",
        verbose_name=_("line manager"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
    )
    responsible_units = models.ManyToManyField(
        OrganisationUnit,
        verbose_name=_("responsible for units"),
        blank=True,
        related_name="hr_officers",
        help_text=_(
            "For HR officers: the units (and everything below them) whose people they see."
        ),
    )
    is_active = models.BooleanField(
        _("active"),
        default=True,
        help_text=_("Inactive accounts cannot sign in; their learning history is kept."),
    )
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["full_name"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_ci_unique"),
        ]
        permissions = [("import_staff", _("Can import the staff directory"))]

    def __str__(self) -> str:
        return self.full_name or self.email

    def clean(self) -> None:
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()
        self.full_name = " ".join(self.full_name.split())
        self.employee_number = (self.employee_number or "").strip() or None
        if self.line_manager_id and self.line_manager_id == self.pk:
            raise ValidationError({"line_manager": _("A person cannot be their own line manager.")})

    def get_full_name(self) -> str:
        return self.full_name

    def get_short_name(self) -> str:
        return self.full_name.split(" ", 1)[0] if self.full_name else self.email

    @property
    def first_name(self) -> str:
        # Wagtail's admin sidebar greets people by ``first_name`` when it exists.
        return self.get_short_name()

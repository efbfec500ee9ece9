"""Issue a certificate when a course is completed."""

import logging

from .services import certificate_issue

logger = logging.getLogger(__name__)


def issue_on_completion(sender, enrolment, **kwargs) -> None:
    # Runs after the completion committed. A failure here must not reach the
    # learner's request: the sweep issues what was missed.
    try:
        certificate_issue(enrolment=enrolment)
    except Exception:
        logger.exception(
            "Certificate for enrolment %s not issued; the sweep will retry", enrolment.pk
        )

"""Signals other apps listen to.

``course_completed`` is sent once per enrolment, after the transaction that
recorded the completion commits; receivers get ``enrolment`` (with
``completed_at`` set). Certificates and compliance tracking subscribe to it.
"""

from django.dispatch import Signal

course_completed = Signal()

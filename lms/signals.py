"""Signals other apps listen to.

``staff_changed`` is sent after a transaction that created, changed or
deactivated people in bulk (the staff directory import) commits; receivers
get ``user_ids``, a list of the people concerned.
"""

from django.dispatch import Signal

staff_changed = Signal()

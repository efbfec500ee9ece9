"""The staff directory import: HR keeps people, units and line managers current
from the HR system's export (CSV or XLSX).

- ``reading`` turns a file into rows, or refuses it with a reason;
- ``rows`` cleans and checks each row's values on their own;
- ``planning`` checks the rows against the database and works out who would
  be created, updated and deactivated, with every wrong row and why
  (``loops`` finds loops of line managers);
- ``services`` applies a plan, all or nothing;
- ``uploads`` keeps an uploaded file, and the state of its check and import;
- ``jobs`` checks and imports an upload in django-q2 background tasks.

The admin views call ``jobs``; the ``import_staff`` command, which runs in
its own process, calls ``services`` directly.
"""

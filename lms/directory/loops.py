"""Loops in a chain of line managers."""

from __future__ import annotations


def find_loops(manager_of: dict[str, str | None]) -> list[list[str]]:
    """Every loop in ``manager_of`` (person → their line manager, or ``None``),
    each as its members in order, starting anywhere on the loop.

    Each person has at most one manager, so following managers from anyone
    either ends or runs into a loop; every person is walked once.
    """
    loops: list[list[str]] = []
    done: set[str] = set()
    for start in manager_of:
        path: list[str] = []
        position: dict[str, int] = {}
        person: str | None = start
        while person is not None and person not in done and person not in position:
            position[person] = len(path)
            path.append(person)
            person = manager_of.get(person)
        if person is not None and person in position:
            loops.append(path[position[person] :])
        done.update(path)
    return loops

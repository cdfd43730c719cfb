"""The counting rule of a borgerbudget: which proposals the votes choose within the sum to share."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Counted:
    """One proposal as the count sees it."""

    id: int
    cost: int
    votes: int


@dataclass(frozen=True)
class BudgetOutcome:
    chosen: tuple[int, ...]  # proposal ids, in the order they were taken
    spent: int
    left: int
    passed_over: tuple[int, ...]  # had votes but no longer fitted in what was left
    tie_decided: bool  # a tie of votes was decided by the rule (cheaper first, then the one entered first)


def count_budget(proposals: Sequence[Counted], total: int) -> BudgetOutcome:
    """The result of a round: proposals in order of votes, most first, each taken while the total allows.

    - Going down the list, a proposal is taken when its cost fits in what is left of the total; one that
      no longer fits is passed over and the next ones are still tried, so money left is not wasted on a
      technicality (the usual rule of participatory budgets).
    - A proposal with no votes is never chosen.
    - Ties of votes: the cheaper proposal first (more of what people voted for gets done), then the one
      entered first. `tie_decided` says when such a tie changed who was chosen, so the secretary can tell
      the meeting.
    """
    ranked = sorted((p for p in proposals if p.votes > 0), key=lambda p: (-p.votes, p.cost, p.id))
    chosen: list[int] = []
    passed: list[int] = []
    left = total
    for p in ranked:
        if p.cost <= left:
            chosen.append(p.id)
            left -= p.cost
        else:
            passed.append(p.id)
    taken = set(chosen)
    tie = any(a.votes == b.votes and (a.id in taken) != (b.id in taken)
              for i, a in enumerate(ranked) for b in ranked[i + 1:])
    return BudgetOutcome(tuple(chosen), total - left, left, tuple(passed), tie)

"""Problems found in contributed input, worded for a contributor who has never seen the code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one input file: what, where, and what to do about it."""

    file: str
    code: str  # short stable name, e.g. "not-utf8", "bidi-control"
    message: str  # what is wrong
    fix: str  # what the contributor should do
    severity: Severity = "error"
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.severity}: {self.message} [{self.code}] Fix: {self.fix}"


class InvalidArticle(ValueError):
    """Raised when an article cannot be built; carries the problems that stop it."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))

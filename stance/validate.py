"""Whole-file validation: every problem in every line, not only the first."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import dataclass, field

from stance.schema import FormatError, Problem, check


@dataclass
class Report:
    path: str
    articles: int = 0
    quotes: int = 0
    findings: list[FormatError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def validate_file(path: str | os.PathLike[str]) -> Report:
    """Check a JSONL file line by line; ids must be unique within it."""
    report = Report(str(path))
    ids: Counter[str] = Counter()
    try:
        fh = open(path, encoding="utf-8")
    except OSError as err:
        report.findings.append(FormatError(path, 0, f"cannot open: {err.strerror}"))
        return report
    with fh:
        lineno = 0
        try:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    report.findings.append(FormatError(path, lineno, f"invalid JSON: {err.msg} at column {err.colno}"))
                    continue
                for problem in check(obj):
                    report.findings.append(FormatError(path, lineno, problem))
                if isinstance(obj, dict):
                    report.articles += 1
                    report.quotes += len(obj.get("quotes") or []) if isinstance(obj.get("quotes"), list) else 0
                    key = str(obj.get("id"))
                    ids[key] += 1
                    if ids[key] == 2:
                        report.findings.append(FormatError(path, lineno, Problem("id", f"duplicate id {key!r}")))
        except UnicodeDecodeError as err:
            report.findings.append(FormatError(path, lineno + 1, f"not UTF-8: {err.reason}"))
    return report

"""Reading the project's own JSON-lines gold files, with a clear error for a broken line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any


def gold_lines(path: str, required: set[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line of ``path`` as (line number, object); a line that is not JSON or
    lacks a ``required`` field is a ValueError naming the file and line."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            missing = required - set(row)
            if missing:
                raise ValueError(f"{path}:{n}: missing {', '.join(sorted(missing))}")
            yield n, row

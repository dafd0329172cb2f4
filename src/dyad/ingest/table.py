"""CSV files with a header row: one article per row, the same columns as JSON Lines."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from dyad.ingest.decode import ReadError, decode_bytes, failed, read_all
from dyad.ingest.fields import article_from_fields
from dyad.records import Article

# A news article easily passes the csv module's default field limit of 128 KiB.
_FIELD_LIMIT = 2**31 - 1


def read_csv_file(path: str) -> Iterator[Article]:
    try:
        text = decode_bytes(read_all(path))
    except ReadError as err:
        yield failed(path, err)
        return
    yield from parse_csv(text, path)


def _delimiter(text: str) -> str:
    """A comma, or the semicolon or tab of a header that has no comma (spreadsheets saved where
    the comma is the decimal sign write ``title;text;published``)."""
    header = text.lstrip("\ufeff").split("\n", 1)[0]
    if "," in header:
        return ","
    return next((d for d in (";", "\t") if d in header), ",")


def parse_csv(text: str, name: str) -> Iterator[Article]:
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    # strict: a stray quote is reported as a broken row instead of silently gluing rows together.
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text), strict=True)
    try:
        header = next(rows)
    except StopIteration:
        return
    except csv.Error as e:
        yield failed(f"{name}:1", ReadError("csv", f"line 1 of {name}: broken header: {e}"))
        return
    columns = [c.strip().lower() for c in header]
    while True:
        line = rows.line_num + 1
        origin, where = f"{name}:{line}", f"line {line} of {name}"
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as e:
            yield failed(origin, ReadError("csv", f"{where}: broken row: {e}"))
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            yield failed(origin, ReadError(
                "csv", f"{where}: {len(row)} fields where the header has {len(columns)}"
            ))
            continue
        fields = {k: v for k, v in zip(columns, row) if v != ""}
        yield article_from_fields(fields, origin, where, "csv")

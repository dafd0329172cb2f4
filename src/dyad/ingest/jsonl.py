"""JSON Lines: one article per line, read as a stream so that large files stay out of memory."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from dyad.ingest.decode import (
    STREAM_ERRORS,
    ReadError,
    decode_bytes,
    failed,
    open_binary,
    read_all,
    stream_error,
)
from dyad.ingest.fields import article_from_fields
from dyad.records import Article

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def parse_line(line: str, name: str, number: int) -> Article:
    """The Article of line ``number`` (non-blank) of JSON Lines read from ``name``."""
    origin, where = f"{name}:{number}", f"line {number} of {name}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return failed(origin, ReadError("json", f"{where}: invalid JSON: {e}"))
    except RecursionError:
        return failed(origin, ReadError("json", f"{where}: JSON nested too deeply"))
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        return failed(origin, ReadError("json", f"{where}: expected a JSON object, got {kind}"))
    return article_from_fields(obj, origin, where, "json")


def parse_lines(lines: Iterable[str], name: str) -> Iterator[Article]:
    """Articles from lines of decoded text; blank lines are skipped but keep their number."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield parse_line(line, name, number)


def read_jsonl_file(path: str) -> Iterator[Article]:
    try:
        with open_binary(path) as f:
            head = f.peek(8192)
            if head.startswith(_WIDE_BOMS):
                # UTF-16 cannot be split on b"\n"; such files are rare and read whole.
                wide = True
            elif b"\x00" in head:
                yield failed(path, ReadError("binary", "contains NUL bytes: not JSON Lines"))
                return
            else:
                wide = False
                yield from _stream(f, path)
        if wide:
            yield from parse_lines(decode_bytes(read_all(path)).split("\n"), path)
    except ReadError as err:
        yield failed(path, err)
    except STREAM_ERRORS as e:
        yield failed(path, stream_error(e, path))


def _stream(f: BinaryIO, path: str) -> Iterator[Article]:
    # Split on b"\n" rather than str.splitlines(), which would also break lines at U+2028 and
    # other separators that JSON allows unescaped inside strings.
    offset = 0
    for number, raw in enumerate(f, 1):
        start, offset = offset, offset + len(raw)
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw, start = raw[3:], start + 3
        origin = f"{path}:{number}"
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            yield failed(origin, ReadError(
                "encoding",
                f"line {number} of {path}: not valid UTF-8 at byte {start + e.start} "
                f"(0x{raw[e.start]:02x})",
            ))
            continue
        if line.strip():
            yield parse_line(line, path, number)

"""From the command line's PATH arguments to Articles: files, directories and standard input."""

from __future__ import annotations

import dataclasses
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from dyad.ingest.decode import ReadError, decode_bytes, failed, gunzip_if_compressed, os_error
from dyad.ingest.htmlpage import html_article, read_html_file
from dyad.ingest.jsonl import parse_lines, read_jsonl_file
from dyad.ingest.plaintext import read_text_file, text_article
from dyad.ingest.table import read_csv_file
from dyad.records import Article

FORMATS = {
    ".txt": "text", ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
}
STDIN_ORIGIN = "<stdin>"


def _one(read: Callable[[str], Article]) -> Callable[[str], Iterator[Article]]:
    return lambda path: iter((read(path),))


_READERS: dict[str, Callable[[str], Iterator[Article]]] = {
    "text": _one(read_text_file),
    "html": _one(read_html_file),
    "jsonl": read_jsonl_file,
    "csv": read_csv_file,
}


def format_of(name: str) -> str | None:
    """The format a file name says (``archive.jsonl.gz`` is jsonl), None if it names none."""
    return FORMATS.get(os.path.splitext(name.lower().removesuffix(".gz"))[1])


def read_file(path: str, fmt: str | None = None) -> Iterator[Article]:
    """The Articles of one file; a name with no known extension is read as plain text."""
    return _READERS[fmt or format_of(path) or "text"](path)


def read_inputs(paths: Sequence[str], *, stdin: BinaryIO | None = None) -> Iterator[Article]:
    """One Article per input document, in the order of ``paths``; never raises for bad input.

    A path is a file (by extension: .txt, .html/.htm, .jsonl/.ndjson, .csv, each optionally
    .gz; anything else as text), a directory (its files with those extensions, recursively,
    in sorted order, hidden ones skipped) or ``-`` for standard input.
    """
    for path in paths:
        if path == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = os.fspath(path)
        try:
            mode = os.stat(path).st_mode
        except OSError as e:
            yield failed(path, os_error(e, path))
            continue
        if stat.S_ISDIR(mode):
            yield from read_directory(path)
        else:
            yield from read_file(path)


def read_directory(root: str) -> Iterator[Article]:
    found: list[tuple[tuple[str, ...], str, ReadError | None]] = []
    problems: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=problems.append):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or not format_of(name):
                continue
            path = os.path.join(dirpath, name)
            # Only regular files (or links to them): a FIFO would block the whole run.
            if os.path.isfile(path):
                found.append((_key(root, path), path, None))
    for e in problems:
        where = e.filename or root
        found.append((_key(root, where), where, os_error(e, where)))
    for _, path, err in sorted(found, key=lambda item: item[0]):
        if err is not None:
            yield failed(path, err)
        else:
            yield from read_file(path)


def _key(root: str, path: str) -> tuple[str, ...]:
    # Compared component by component, so that a folder's files stay together the way a
    # tree listing shows them: "a/z.txt" before "a-b.txt", where plain string order would
    # put "-" before "/".
    return Path(os.path.relpath(path, root)).parts


def read_stdin(stream: BinaryIO) -> Iterator[Article]:
    """Standard input: JSON Lines when every non-blank line is a JSON object, else one document
    (an HTML page when it starts like one, otherwise plain text)."""
    try:
        text = decode_bytes(gunzip_if_compressed(stream.read()))
    except ReadError as err:
        yield failed(STDIN_ORIGIN, err)
        return
    except OSError as e:
        yield failed(STDIN_ORIGIN, os_error(e, STDIN_ORIGIN))
        return
    lines = text.split("\n")
    if _all_json_objects(lines):
        yield from parse_lines(lines, STDIN_ORIGIN)
    elif text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        yield html_article(text, origin=STDIN_ORIGIN)
    else:
        yield text_article(text, STDIN_ORIGIN)


def _all_json_objects(lines: Iterable[str]) -> bool:
    seen = False
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not line.startswith("{"):
            return False
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except (json.JSONDecodeError, RecursionError):
            return False
        seen = True
    return seen


__all__ = ["FORMATS", "format_of", "read_directory", "read_file", "read_inputs", "read_stdin"]


def with_published(articles: Iterable[Article], published: str | None) -> Iterator[Article]:
    """Give ``published`` to the articles that carry no date of their own."""
    for art in articles:
        yield dataclasses.replace(art, published=published) if published and not art.published \
            else art

"""Reading the planned pieces of a batch run: byte ranges of JSON Lines files, row groups of
Parquet files, and WARC files, besides the ordinary readers for everything else.

A piece is a dict as ``dyad.batch`` plans it: ``kind`` ("lines", "parquet", "warc" or "file"),
``path`` and the kind's own bounds. Every document of a piece becomes exactly one Article; one
that cannot be read still does, with ``error`` set, and reading goes on.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator, Sequence
from typing import Any

from dyad.ingest.decode import (
    STREAM_ERRORS,
    ReadError,
    decode_bytes,
    failed,
    open_binary,
    stream_error,
)
from dyad.ingest.fields import article_from_fields
from dyad.ingest.htmlpage import html_article
from dyad.ingest.inputs import read_inputs
from dyad.ingest.jsonl import parse_line
from dyad.records import Article

Piece = dict[str, Any]


def piece_articles(piece: Piece) -> Iterator[Article]:
    """The Articles of one planned piece, each document exactly once."""
    kind, path = piece["kind"], piece["path"]
    if kind == "lines":
        yield from read_jsonl_range(path, piece["start"], piece["end"], piece["line"])
    elif kind == "parquet":
        yield from read_parquet(path, piece["row_groups"])
    elif kind == "warc":
        yield from read_warc(path)
    else:
        yield from read_inputs([path])


def read_jsonl_range(path: str, start: int, end: int, line: int) -> Iterator[Article]:
    """The documents of JSON Lines starting at byte ``start`` (line number ``line``) and ending
    before ``end``."""
    try:
        with open(path, "rb") as f:
            f.seek(start)
            pos, number = start, line
            while pos < end:
                raw = f.readline()
                if not raw:
                    return
                at, pos = pos, pos + len(raw)
                if at == 0 and raw.startswith(codecs.BOM_UTF8):
                    raw, at = raw[3:], 3
                try:
                    text = raw.decode("utf-8")
                except UnicodeDecodeError as e:
                    yield failed(f"{path}:{number}", ReadError(
                        "encoding", f"line {number} of {path}: not valid UTF-8 at byte "
                                    f"{at + e.start} (0x{raw[e.start]:02x})"))
                else:
                    if text.strip():
                        yield parse_line(text, path, number)
                number += 1
    except OSError as e:
        yield failed(path, stream_error(e, path))


def read_parquet(path: str, row_groups: Sequence[int] | None = None) -> Iterator[Article]:
    """One Article per row of a Parquet file with a ``text`` or ``html`` column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        names = {n.lower(): n for n in pf.schema_arrow.names}
        if "text" not in names and "html" not in names:
            yield failed(path, ReadError("parquet", f"{path}: no 'text' or 'html' column"))
            return
        wanted = [names[c] for c in ("text", "html", "id", "title", "url", "source", "published")
                  if c in names]
        groups = range(pf.metadata.num_row_groups) if row_groups is None else row_groups
        row = sum(pf.metadata.row_group(i).num_rows for i in range(min(groups, default=0)))
        for g in groups:
            for values in pf.read_row_group(g, columns=wanted).to_pylist():
                row += 1
                fields = {k.lower(): v for k, v in values.items() if v is not None}
                yield article_from_fields(fields, f"{path}:{row}", f"row {row} of {path}",
                                          "parquet")
    except (OSError, pa.ArrowException) as e:
        yield failed(path, ReadError("parquet", f"cannot read Parquet file {path}: {e}"))


def read_warc(path: str) -> Iterator[Article]:
    """Articles from a WARC file's HTTP responses with an HTML payload (status 200).

    Written against the WARC 1.0/1.1 record layout with the standard library; per-record gzip
    (``.warc.gz``) reads as one stream. Chunked and gzip-encoded HTTP bodies are decoded.
    """
    try:
        with open_binary(path) as f:
            number = 0  # of the record in the file, for the origin
            while True:
                line = f.readline()
                if not line:
                    return
                if not line.strip():
                    continue
                if not line.startswith(b"WARC/"):
                    yield failed(path, ReadError("warc", f"{path}: not a WARC record: "
                                                         f"{line[:40]!r}"))
                    return
                headers = _header_block(f)
                length = int(headers.get("content-length", "0"))
                block = f.read(length)
                number += 1
                if headers.get("warc-type") != "response" or not headers.get(
                        "content-type", "").startswith("application/http"):
                    continue
                article = _http_article(block, headers, f"{path}#{number}")
                if article is not None:
                    yield article
    except (*STREAM_ERRORS, ValueError) as e:
        err = stream_error(e, path) if isinstance(e, STREAM_ERRORS) else ReadError(
            "warc", f"{path}: damaged WARC record: {e}")
        yield failed(path, err)


def _header_block(f) -> dict[str, str]:
    headers: dict[str, str] = {}
    for raw in iter(f.readline, b""):
        line = raw.decode("utf-8", "replace").rstrip("\r\n")
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return headers


def _http_article(block: bytes, warc: dict[str, str], origin: str) -> Article | None:
    import io
    import zlib

    stream = io.BytesIO(block)
    status = stream.readline().split()
    if len(status) < 2 or status[1] != b"200":
        return None
    http = _header_block(stream)
    if not http.get("content-type", "").lower().startswith(("text/html", "application/xhtml")):
        return None
    body, url = stream.read(), warc.get("warc-target-uri")
    try:
        if "chunked" in http.get("transfer-encoding", "").lower():
            body = _dechunk(body)
        encoding = http.get("content-encoding", "").lower()
        if encoding in ("gzip", "x-gzip", "deflate"):
            # 47: zlib or gzip header, detected; what servers call deflate is usually zlib.
            body = zlib.decompress(body, 47)
        # The HTTP header's charset wins over the page's own, as in a browser.
        charset = re.search(r"charset=([^;\s]+)", http["content-type"], re.IGNORECASE)
        page: str | bytes = decode_bytes(body, declared=charset.group(1)) if charset else body
    except (ValueError, zlib.error) as e:
        return failed(origin, ReadError("encoding", f"{origin}: bad HTTP body: {e}"), url=url)
    except ReadError as err:
        return failed(origin, err, url=url)
    return html_article(page, origin=origin, url=url)


def _dechunk(body: bytes) -> bytes:
    out, pos = bytearray(), 0
    while pos < len(body):
        eol = body.index(b"\r\n", pos)
        size = int(body[pos:eol].split(b";")[0], 16)
        if size == 0:
            break
        out += body[eol + 2:eol + 2 + size]
        pos = eol + 4 + size
    return bytes(out)


__all__ = ["Piece", "piece_articles", "read_jsonl_range", "read_parquet", "read_warc"]

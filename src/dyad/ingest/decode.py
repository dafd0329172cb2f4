"""Bytes to text, the one way every reader does it, and the errors a reader reports.

UTF-8 (a BOM is dropped), UTF-16 or UTF-32 with a BOM, or a charset the document declares
(HTML only). Anything else that is not valid UTF-8 is an ``encoding`` error naming the byte
offset, so a user can find the bad byte. Line endings become ``\\n``.
"""

from __future__ import annotations

import codecs
import gzip
import os
import zlib

from dyad.records import Article

_BOMS = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# C0 controls other than the whitespace ones, and DEL: what text files do not contain.
_CONTROL = frozenset(chr(c) for c in [*range(9), *range(14, 32), 127])
_CONTROL_BYTES = frozenset(ord(c) for c in _CONTROL)

# A stray control character or two is a typo in a text; past this share it is not text.
BINARY_SHARE = 0.05
_SAMPLE = 100_000


class ReadError(Exception):
    """A document that cannot become text; ``code`` is the record's error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def as_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


def failed(origin: str | None, err: ReadError, **meta: str | None) -> Article:
    """The Article of a document that could not be read: no text, the error, what is known."""
    return Article(text="", origin=origin, error=err.as_dict(), **meta)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def control_share(sample: str | bytes) -> float:
    """The share of control characters (not tabs, newlines or form feeds) in ``sample``."""
    if not sample:
        return 0.0
    bad = _CONTROL_BYTES if isinstance(sample, bytes) else _CONTROL
    return sum(1 for c in sample if c in bad) / len(sample)


def looks_binary(sample: str | bytes) -> bool:
    sample = sample[:_SAMPLE]
    nul = b"\x00" if isinstance(sample, bytes) else "\x00"
    return nul in sample or control_share(sample) > BINARY_SHARE


def declared_codec(name: str | None) -> str | None:
    """The Python codec for a charset a document declares, as browsers read it; None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None
    # Browsers read latin-1 and ASCII labels as windows-1252, and pages rely on it for
    # curly quotes; a UTF-16 label on a page without a BOM is a mistake, read as UTF-8.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return codec


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode a document's bytes; raise ReadError (``encoding`` or ``binary``) when it is not text.

    ``declared`` is a charset the document names for itself (an HTML meta tag); a BOM wins over
    it, and with it undecodable bytes become U+FFFD instead of an error, as in a browser.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                where = len(bom) + e.start
                raise ReadError(
                    "encoding", f"not valid {codec.upper()} at byte {where}: {e.reason}"
                ) from None
            break
    else:
        if b"\x00" in data[:_SAMPLE]:
            raise ReadError("binary", "contains NUL bytes: not a text document")
        codec = declared_codec(declared)
        if codec:
            text = data.decode(codec, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as e:
                if looks_binary(data):
                    raise ReadError("binary", "mostly control bytes: not a text document") from None
                raise ReadError(
                    "encoding",
                    f"not valid UTF-8 at byte {e.start} (0x{data[e.start]:02x}); "
                    "save it as UTF-8",
                ) from None
    if looks_binary(text):
        raise ReadError("binary", "contains NUL or control characters: not a text document")
    return normalise_newlines(text)


def os_error(err: OSError, where: str) -> ReadError:
    if isinstance(err, (FileNotFoundError, NotADirectoryError)):
        return ReadError("not_found", f"no such file or directory: {where}")
    if isinstance(err, IsADirectoryError):
        return ReadError("unreadable", f"is a directory, not a file: {where}")
    if isinstance(err, PermissionError):
        return ReadError("unreadable", f"permission denied: {where}")
    return ReadError("unreadable", f"cannot read {where}: {err.strerror or err}")


def is_gzip(path: str | os.PathLike) -> bool:
    return str(path).lower().endswith(".gz")


def open_binary(path: str | os.PathLike):
    """Open a file for reading bytes, through gzip when its name ends in ``.gz``."""
    return gzip.open(path, "rb") if is_gzip(path) else open(path, "rb")


def stream_error(e: BaseException, path: str) -> ReadError:
    """The ReadError for an exception met while reading ``path`` (through gzip or not)."""
    if isinstance(e, gzip.BadGzipFile):
        return ReadError("unreadable", f"not a valid gzip file: {path}")
    if isinstance(e, OSError):
        return os_error(e, path)
    return ReadError("unreadable", f"damaged gzip file {path}: {e}")


# What reading a file can raise: OSError, and from a truncated or corrupt gzip stream,
# EOFError or zlib.error.
STREAM_ERRORS = (OSError, EOFError, zlib.error)


def read_all(path: str) -> bytes:
    """All of a file's (decompressed) bytes, or ReadError."""
    try:
        with open_binary(path) as f:
            return f.read()
    except STREAM_ERRORS as e:
        raise stream_error(e, path) from None


def gunzip_if_compressed(data: bytes) -> bytes:
    """Standard input may carry a gzip file as it is (``cat a.jsonl.gz | dyad analyze -``)."""
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return gzip.decompress(data)
    except STREAM_ERRORS as e:
        raise ReadError("unreadable", f"damaged gzip data: {e}") from None


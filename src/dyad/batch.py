"""Corpora of millions: partitions analysed on Dask, resumable, loaded into the store.

    dyad batch news/ crawl.warc.gz archive.parquet --out run1 --db dyad.db --workers 4

The input is planned once into partitions of about ``partition_size`` documents, and the plan
is kept in ``OUT/manifest.json``. Each partition is analysed on a Dask worker, which loads the
pipeline once (it is cached per process) and writes ``OUT/parts/part-NNNNNN.parquet``: one row
per document with ``id``, ``content_hash``, ``origin``, ``error_code``, ``error_message`` and
``record`` (the dyad/1 record as JSON). The file is written under a temporary name and renamed
when complete, so a partition's file is either whole or absent, and ``parts/`` reads as one
Parquet dataset. The driver loads each finished partition into the store and then leaves a
marker, ``OUT/stored-KEY/part-NNNNNN`` (KEY names the store).

Kill a run at any point (SIGKILL included) and start it again with the same arguments: it
analyses only the partitions that have no Parquet file and loads only those with no marker.
Writes to the store are idempotent (a document is keyed by id and content hash), so a partition
loaded twice changes nothing, and no document is lost or stored twice.

Inputs are what ``dyad analyze`` reads (.txt, .html, .jsonl, .csv, optionally .gz, and
directories) plus Parquet files with a ``text`` or ``html`` column (and optional ``id``,
``title``, ``url``, ``source``, ``published``) and WARC files (.warc, .warc.gz), of which the
HTTP responses with HTML payloads are read. Plain JSON Lines files are split by byte range and
Parquet files by row group; compressed JSON Lines, CSV and WARC files are one partition each.
``dyad.ingest.partitions`` reads the planned pieces.

Clusters: by default a ``LocalCluster`` of single-threaded worker processes on this machine.
``scheduler=ADDRESS`` (``--scheduler``) uses a running cluster instead; its workers need Dyad
installed, and the input and OUT paths must be the same on every machine (a shared
filesystem). On Slurm, dask-jobqueue starts the workers as jobs::

    from dask_jobqueue import SLURMCluster
    from dyad.batch import run_batch

    cluster = SLURMCluster(cores=1, processes=1, memory="2GB", walltime="08:00:00")
    cluster.adapt(minimum_jobs=1, maximum_jobs=64)
    run_batch(["/shared/corpus"], "/shared/run1", db="/shared/dyad.db",
              scheduler=cluster.scheduler_address)

A script that calls ``run_batch`` with the local cluster needs the usual
``if __name__ == "__main__":`` guard: Dask's worker processes import the main module.

Without Dask, ``ingest_paths(..., n_process=N)`` analyses on N local processes (spaCy's
``n_process``) and skips documents the store already holds, so it too can be killed and rerun.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dyad.errors import DyadError
from dyad.ingest import format_of, read_inputs, with_published
from dyad.ingest.partitions import (
    Piece,
    piece_articles,
    read_jsonl_range,
    read_parquet,
    read_warc,
)
from dyad.nlp import LEARNED_SPANS
from dyad.records import Article, Record

PARTITION_SIZE = 500
MANIFEST = "manifest.json"
PLAN_VERSION = 1
COLUMNS = ("id", "content_hash", "origin", "error_code", "error_message", "record")
_ROW_GROUP = 256  # rows buffered before a worker writes them out, bounding its memory


# -- planning ------------------------------------------------------------------------------------
def batch_format(name: str) -> str | None:
    """The format a file name says, the batch-only ones (Parquet, WARC) included."""
    low = name.lower()
    if low.endswith(".parquet"):
        return "parquet"
    if low.endswith((".warc", ".warc.gz")):
        return "warc"
    return format_of(name)


def _walk(root: str) -> list[str]:
    """Files under a directory in ``read_directory``'s order: by path components, hidden skipped."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            path = os.path.join(dirpath, name)
            if not name.startswith(".") and batch_format(name) and os.path.isfile(path):
                found.append(path)
    return sorted(found, key=lambda p: Path(os.path.relpath(p, root)).parts)


def _jsonl_pieces(path: str, size: int) -> list[Piece]:
    """Byte ranges of a plain JSON Lines file holding about ``size`` documents each."""
    pieces: list[Piece] = []
    start = pos = docs = 0
    first = number = 1
    with open(path, "rb") as f:
        for number, raw in enumerate(f, 1):
            pos += len(raw)
            docs += bool(raw.strip())
            if docs >= size:
                pieces.append({"kind": "lines", "path": path, "start": start, "end": pos,
                               "line": first, "docs": docs})
                start, first, docs = pos, number + 1, 0
    if docs:
        pieces.append({"kind": "lines", "path": path, "start": start, "end": pos,
                       "line": first, "docs": docs})
    return _stamped(pieces, path)


def _stamped(pieces: list[Piece], path: str) -> list[Piece]:
    # Byte ranges and row groups hold only while the file is as it was when they were planned.
    for piece in pieces:
        piece["stamp"] = _fingerprint(path)
    return pieces


def _splittable_jsonl(path: str) -> bool:
    if path.lower().endswith(".gz"):
        return False
    with open(path, "rb") as f:
        head = f.read(8192)
    # Wide encodings and binary files go to the ordinary reader, which reports them.
    wide = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)
    return not head.startswith(wide) and b"\x00" not in head


def _parquet_pieces(path: str, size: int) -> list[Piece]:
    import pyarrow.parquet as pq

    meta = pq.ParquetFile(path).metadata
    pieces: list[Piece] = []
    groups: list[int] = []
    docs = 0
    for i in range(meta.num_row_groups):
        groups.append(i)
        docs += meta.row_group(i).num_rows
        if docs >= size:
            pieces.append({"kind": "parquet", "path": path, "row_groups": groups, "docs": docs})
            groups, docs = [], 0
    if groups:
        pieces.append({"kind": "parquet", "path": path, "row_groups": groups, "docs": docs})
    return _stamped(pieces, path)


def _pieces(path: str, size: int) -> list[Piece]:
    fmt = batch_format(path)
    try:
        if fmt == "jsonl" and _splittable_jsonl(path):
            return _jsonl_pieces(path, size)
        if fmt == "parquet":
            return _parquet_pieces(path, size)
    except Exception:  # noqa: BLE001 - an unreadable file is the reader's to report, per document
        if fmt == "parquet":
            return [{"kind": "parquet", "path": path, "row_groups": None, "docs": None}]
    if fmt == "warc":
        return [{"kind": "warc", "path": path, "docs": None}]
    one = fmt in ("text", "html") or fmt is None
    return [{"kind": "file", "path": path, "docs": 1 if one else None}]


def _fingerprint(path: str) -> list:
    try:
        st = os.stat(path)
    except OSError:
        return [path, None, None]
    return [path, st.st_size, st.st_mtime_ns]


def plan_partitions(paths: Sequence[str], size: int = PARTITION_SIZE) -> list[list[Piece]]:
    """The input as partitions of about ``size`` documents; a file of unknown length (CSV,
    compressed JSON Lines, WARC) makes a partition of its own."""
    files: list[str] = []
    for path in paths:
        path = os.path.abspath(path)
        files.extend(_walk(path) if os.path.isdir(path) else [path])
    partitions: list[list[Piece]] = []
    current: list[Piece] = []
    docs = 0
    for path in files:
        for piece in _pieces(path, size):
            if piece["docs"] is None:
                partitions.append([piece])
                continue
            current.append(piece)
            docs += piece["docs"]
            if docs >= size:
                partitions.append(current)
                current, docs = [], 0
    if current:
        partitions.append(current)
    return partitions


@dataclass
class Plan:
    """What ``OUT/manifest.json`` holds: the inputs as they were, and the partitions."""

    inputs: list[list]
    partition_size: int
    partitions: list[list[Piece]]

    def docs(self, i: int) -> int | None:
        counts = [p["docs"] for p in self.partitions[i]]
        return None if None in counts else sum(counts)


def load_or_make_plan(paths: Sequence[str], out: str, size: int = PARTITION_SIZE,
                      options: dict[str, Any] | None = None) -> Plan:
    """The run's plan: the one in ``out`` when resuming, else a new one written there first.

    A resumed run must see the same input: a file that changed since would shift the byte
    ranges, so that is an error rather than a silent mix of two corpora. So are other
    ``options`` (model, actors files, publication date): finished partitions would keep the
    old ones.
    """
    if any(p == "-" for p in paths):
        raise DyadError("dyad batch cannot read standard input: it needs files it can reopen")
    out = os.path.abspath(out)
    for p in map(os.path.abspath, paths):
        if os.path.isdir(p) and os.path.commonpath([p, out]) == p:
            raise DyadError(f"the output directory {out} is inside the input {p}")
    inputs = [_fingerprint(os.path.abspath(p)) for p in paths]
    manifest = Path(out) / MANIFEST
    if manifest.exists():
        saved = json.loads(manifest.read_text(encoding="utf-8"))
        if saved.get("version") != PLAN_VERSION:
            raise DyadError(f"{manifest} was written by another version of dyad batch")
        if saved["inputs"] != inputs:
            raise DyadError(f"{out} holds a run over other inputs (or inputs that changed since); "
                            "use a new --out directory")
        if saved["partition_size"] != size:
            raise DyadError(f"the run in {out} was planned with partitions of "
                            f"{saved['partition_size']}; resume it with the same size")
        was = saved.get("options")
        if was is not None and options is not None and was != options:
            changed = ", ".join(f"{k} {was.get(k)!r}" for k in sorted(options)
                                if was.get(k) != options[k])
            raise DyadError(f"the run in {out} was made with {changed}; resume it with the same "
                            "--model, --actors and --published, or use a new --out directory")
        for piece in (p for part in saved["partitions"] for p in part if "stamp" in p):
            if _fingerprint(piece["path"]) != piece["stamp"]:
                raise DyadError(f"{piece['path']} changed since the run in {out} began; "
                                "use a new --out directory")
        return Plan(saved["inputs"], saved["partition_size"], saved["partitions"])
    plan = Plan(inputs, size, plan_partitions(paths, size))
    (Path(out) / "parts").mkdir(parents=True, exist_ok=True)
    _write_atomic(manifest, json.dumps({"version": PLAN_VERSION, "inputs": plan.inputs,
                                        "partition_size": size, "options": options,
                                        "partitions": plan.partitions}).encode())
    return plan


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


# -- one partition, on a worker -----------------------------------------------------------------
def part_path(out: str | Path, index: int) -> Path:
    return Path(out) / "parts" / f"part-{index:06d}.parquet"


def analyze_partition(index: int, pieces: list[Piece], out: str,
                      options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Analyse one partition into its Parquet file; return its document and failure counts.

    ``options``: ``model``, ``actors_files``, ``published`` as for ``analyze_many``. A partition
    whose file exists already (a task run twice) is not analysed again.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dyad.api import analyze_many

    options = options or {}
    final = part_path(out, index)
    if final.exists():
        return {"partition": index, **partition_counts(final)}
    schema = pa.schema([(c, pa.string()) for c in COLUMNS])
    tmp = final.with_name(f".{final.name}.{uuid.uuid4().hex}.tmp")
    pending: deque[Article] = deque()

    def remember(articles: Iterable[Article]) -> Iterator[Article]:
        for art in articles:
            pending.append(art)
            yield art

    articles = with_published((a for p in pieces for a in piece_articles(p)), options.get("published"))
    records = analyze_many(remember(articles), model=options.get("model"),
                           actors_files=tuple(options.get("actors_files") or ()))
    failures: Counter = Counter()
    rows: list[dict[str, str | None]] = []
    docs = 0
    try:
        with pq.ParquetWriter(tmp, schema) as writer:
            for rec in records:
                art = pending.popleft()
                docs += 1
                error = rec.error or {}
                if rec.error:
                    failures[error.get("code", "error")] += 1
                rows.append({"id": rec.id, "content_hash": rec.content_hash,
                             "origin": art.origin, "error_code": error.get("code"),
                             "error_message": error.get("message"),
                             "record": json.dumps(rec.to_dict(), ensure_ascii=False)})
                if len(rows) >= _ROW_GROUP:
                    writer.write_table(pa.Table.from_pylist(rows, schema))
                    rows.clear()
            if rows or not docs:
                writer.write_table(pa.Table.from_pylist(rows, schema))
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()
    return {"partition": index, "docs": docs, "failures": dict(failures)}


def partition_counts(path: Path) -> dict[str, Any]:
    """Documents and failures by code in a finished partition file."""
    import pyarrow.parquet as pq

    codes = pq.read_table(path, columns=["error_code"]).column(0).to_pylist()
    return {"docs": len(codes), "failures": dict(Counter(c for c in codes if c))}


def partition_records(path: Path) -> Iterator[tuple[Record, str | None]]:
    """A finished partition's records, each with its origin (the input it came from)."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(columns=["record", "origin"],
                                                   batch_size=_ROW_GROUP):
        for text, origin in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
            yield Record.from_dict(json.loads(text)), origin


# -- the driver ---------------------------------------------------------------------------------
@dataclass
class BatchResult:
    """A run's account of the whole corpus, partitions done by earlier runs included."""

    documents: int = 0
    failures: Counter = field(default_factory=Counter)
    stored: Counter = field(default_factory=Counter)  # store outcomes of this run's loading
    partitions: int = 0
    analysed: int = 0  # partitions analysed by this run
    broken: dict[int, str] = field(default_factory=dict)  # partition → why it is not done

    @property
    def complete(self) -> bool:
        return not self.broken


# (documents just done, documents in all as now known)
ProgressCallback = Callable[[int, int], None]


def _marker(out: str, index: int, db: str) -> Path:
    # Kept apart from parts/ so that the folder stays a plain Parquet dataset.
    key = hashlib.sha1(str(db).encode()).hexdigest()[:8]
    return Path(out) / f"stored-{key}" / f"part-{index:06d}"


def load_partition(store: Any, path: Path) -> Counter:
    """Write a partition's records into an open Store; idempotent."""
    return Counter(store.write(rec, origin=origin)
                   for rec, origin in partition_records(path))


def run_batch(paths: Sequence[str], out: str, *, db: str | None = None,
              workers: int | None = None, scheduler: Any = None,
              partition_size: int = PARTITION_SIZE, model: str | None = None,
              actors_files: Sequence[str] = (), published: str | None = None,
              progress: ProgressCallback | None = None) -> BatchResult:
    """Analyse ``paths`` into ``out`` on Dask and load the records into the store ``db``.

    ``scheduler``: a Dask scheduler address or ``distributed.Client``; when None, a LocalCluster
    of ``workers`` processes (default: this machine's cores). Resumes what ``out`` holds.
    """
    out = os.path.abspath(out)
    options = {"model": model, "actors_files": [os.path.abspath(f) for f in actors_files],
               "published": published}
    plan = load_or_make_plan(paths, out, partition_size, options)
    for stale in Path(out, "parts").glob(".part-*.tmp"):  # left by a killed run
        stale.unlink(missing_ok=True)
    result = BatchResult(partitions=len(plan.partitions))
    total = sum(plan.docs(i) or 0 for i in range(len(plan.partitions)))
    store = _open_store(db) if db else None
    try:
        todo = []
        for i in range(len(plan.partitions)):
            path = part_path(out, i)
            if path.exists():
                counts = partition_counts(path)
                total += counts["docs"] - (plan.docs(i) or 0)
                _finish_partition(result, store, out, i, db, counts)
            else:
                todo.append(i)
        if progress:
            # One step for what earlier runs did, so that it does not count as this run's speed.
            progress(result.documents, total)
        if todo:
            for i, counts in _dask_map(todo, plan, out, options, workers, scheduler, result):
                total += counts["docs"] - (plan.docs(i) or 0)
                result.analysed += 1
                _finish_partition(result, store, out, i, db, counts)
                if progress:
                    progress(counts["docs"], total)
    finally:
        if store is not None:
            store.close()
    return result


def _open_store(db: str):
    from dyad.store import open_store

    return open_store(db)


def _finish_partition(result: BatchResult, store: Any, out: str, i: int, db: str | None,
                      counts: dict[str, Any]) -> None:
    result.documents += counts["docs"]
    result.failures.update(counts["failures"])
    if store is None:
        return
    marker = _marker(out, i, db or "")
    if not marker.exists():
        result.stored.update(load_partition(store, part_path(out, i)))
        marker.parent.mkdir(exist_ok=True)
        _write_atomic(marker, b"")  # not the URL, which may hold a password


def _dask_map(todo: list[int], plan: Plan, out: str, options: dict[str, Any],
              workers: int | None, scheduler: Any,
              result: BatchResult) -> Iterator[tuple[int, dict[str, Any]]]:
    """Run the partitions on the cluster; yield each as it finishes, in any order."""
    import logging

    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:
        raise DyadError("dyad batch needs Dask: pip install 'dask[distributed]'") from exc

    cluster = None
    if scheduler is None:
        # The scheduler serves HTTP whatever the dashboard setting; on a free local port it
        # neither collides with another cluster nor listens beyond this machine.
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address="127.0.0.1:0",
                               silence_logs=logging.ERROR)
        client = Client(cluster)
    elif isinstance(scheduler, str):
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise DyadError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    else:
        client = scheduler
    try:
        run = uuid.uuid4().hex[:8]
        futures = {client.submit(analyze_partition, i, plan.partitions[i], out, options,
                                 key=f"dyad-partition-{i}-{run}", pure=False, retries=1): i
                   for i in todo}
        for fut in as_completed(futures):
            i = futures.pop(fut)
            try:
                counts = fut.result()
            except Exception as exc:  # noqa: BLE001 - the other partitions go on; a rerun retries
                result.broken[i] = f"{type(exc).__name__}: {exc}"
                continue
            yield i, counts
    finally:
        if client is not scheduler:
            client.close()
        if cluster is not None:
            cluster.close()


# -- without Dask: local processes --------------------------------------------------------------
def analyze_parallel(articles: Iterable[Article], *, n_process: int = 1,
                     model: str | None = None, actors_files: Sequence[str] = (),
                     batch_size: int = 32, learned_spans: bool = LEARNED_SPANS
                     ) -> Iterator[Record]:
    """``analyze_many`` on ``n_process`` local processes (spaCy's ``n_process``); one Record
    per Article, in input order. A chunk in which anything fails is redone in this process,
    one document at a time, so one bad document fails alone."""
    from dyad.api import analyze_many

    yield from analyze_many(articles, model=model, actors_files=actors_files,
                            batch_size=batch_size, n_process=n_process,
                            learned_spans=learned_spans)


@dataclass
class IngestResult:
    documents: int = 0
    failures: Counter = field(default_factory=Counter)
    stored: Counter = field(default_factory=Counter)  # inserted / updated / unchanged


def ingest_paths(paths: Sequence[str], db: str, *, n_process: int = 1,
                 model: str | None = None, actors_files: Sequence[str] = (),
                 published: str | None = None, skip_stored: bool = True,
                 on_record: Callable[[Record], None] | None = None,
                 learned_spans: bool = LEARNED_SPANS) -> IngestResult:
    """Read, analyse on ``n_process`` processes and store; every record is its own transaction.

    With ``skip_stored`` a document whose text the store already holds analysed is not
    analysed again (it counts as unchanged), so a run killed at any point and started again
    does only the rest. ``on_record`` sees each record analysed (not the skipped ones).
    ``learned_spans`` as for ``analyze_many``.
    """
    result = IngestResult()
    origins: deque[str | None] = deque()  # of the articles sent on, whose records come in order
    with _open_store(db) as store:
        def fresh(articles: Iterable[Article]) -> Iterator[Article]:
            for art in articles:
                if skip_stored and not art.error and store.has(
                        art.doc_id, Record(id=art.doc_id, text=art.text).content_hash,
                        title=art.title, url=art.url, source=art.source,
                        published=art.published):
                    result.documents += 1
                    result.stored["unchanged"] += 1
                    continue
                origins.append(art.origin)
                yield art

        articles = fresh(with_published(read_inputs(list(paths)), published))
        for rec in analyze_parallel(articles, n_process=n_process, model=model,
                                    actors_files=actors_files, learned_spans=learned_spans):
            result.documents += 1
            if rec.error:
                result.failures[rec.error.get("code", "error")] += 1
            result.stored[store.write(rec, origin=origins.popleft())] += 1
            if on_record:
                on_record(rec)
    return result


__all__ = [
    "BatchResult", "IngestResult", "Plan", "analyze_parallel", "analyze_partition",
    "batch_format", "ingest_paths", "load_or_make_plan", "piece_articles", "plan_partitions",
    "read_jsonl_range", "read_parquet", "read_warc", "run_batch",
]

"""The library's entry points: the same path the CLI takes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from dyad.convert import doc_to_record
from dyad.nlp import LEARNED_SPANS
from dyad.records import Article, Record, failed_record

BATCH = 32


def _pipeline(model: str | None, actors_files: Iterable[str],
              learned_spans: bool = LEARNED_SPANS):
    from dyad.nlp.pipeline import DEFAULT_MODEL, load

    return load(model or DEFAULT_MODEL, tuple(actors_files), learned_spans=learned_spans)


def analyze(text: str | Article, *, published: str | None = None, title: str | None = None,
            model: str | None = None, actors_files: Iterable[str] = (),
            learned_spans: bool = LEARNED_SPANS) -> Record:
    """Analyse one text (or Article) and return its Record."""
    article = text if isinstance(text, Article) else Article(text=text, published=published,
                                                             title=title)
    return next(analyze_many([article], model=model, actors_files=actors_files,
                             learned_spans=learned_spans))


def analyze_many(articles: Iterable[Article | str], *, model: str | None = None,
                 actors_files: Iterable[str] = (), batch_size: int = BATCH,
                 on_record: Callable[[Record], None] | None = None,
                 nlp=None, n_process: int = 1,
                 learned_spans: bool = LEARNED_SPANS) -> Iterator[Record]:
    """One Record per input, in input order; a document that fails becomes a Record with error.

    ``nlp``: a pipeline of your own with Dyad's components (``dyad.nlp.pipeline.build``).
    ``n_process``: local processes for spaCy's ``nlp.pipe``; each then gets several batches.
    ``learned_spans``: whether the trained span model moves the edges of indirect reports
    (``dyad.nlp.learned_spans``; not read when ``nlp`` is given)."""
    from dyad.ingest import check_text

    nlp = nlp or _pipeline(model, actors_files, learned_spans)
    chunk = batch_size * (n_process * 8 if n_process > 1 else 1)
    batch: list[Article] = []

    def flush() -> Iterator[Record]:
        todo = []
        results: dict[int, Record] = {}
        for i, art in enumerate(batch):
            if art.error:
                results[i] = failed_record(art, art.error.get("code", "input"),
                                           art.error.get("message", ""))
                continue
            problem = check_text(art.text, max_chars=nlp.max_length)
            if problem:
                results[i] = failed_record(art, problem["code"], problem["message"])
                continue
            todo.append(i)
        for i, rec in _run(nlp, [(i, batch[i]) for i in todo], n_process, batch_size):
            results[i] = rec
        for i in range(len(batch)):
            if on_record:
                on_record(results[i])
            yield results[i]
        batch.clear()

    for art in articles:
        batch.append(art if isinstance(art, Article) else Article(text=art))
        if len(batch) >= chunk:
            yield from flush()
    if batch:
        yield from flush()


def records_with_docs(articles: Iterable[Article]) -> Iterator[tuple[Record, Any]]:
    """Each article's Record with the spaCy Doc it was made from, for measurements that read
    the parse or what the components noted on the Doc. No failure isolation: an evaluation's
    articles are expected to analyse."""
    nlp = _pipeline(None, ())
    items = list(enumerate(articles))
    for (_, art), doc in zip(items, nlp.pipe(_docs(nlp, items))):
        yield doc_to_record(doc, art), doc


def _docs(nlp, items):
    from dyad.nlp.doc_text import keep_text

    for _, art in items:
        doc = keep_text(nlp.make_doc(art.text), art.text)
        doc._.dyad_meta = {"published": art.published, "source": art.source}
        yield doc


def _run(nlp, items: list[tuple[int, Article]], n_process: int = 1,
         batch_size: int = BATCH) -> Iterator[tuple[int, Record]]:
    """Analyse a batch; if anything in it fails, redo it one document at a time, in this
    process, to isolate it."""
    try:
        docs = list(nlp.pipe(_docs(nlp, items), n_process=n_process, batch_size=batch_size))
        out = [(i, doc_to_record(doc, art)) for (i, art), doc in zip(items, docs)]
    except Exception:  # noqa: BLE001 - one bad document must not sink the batch
        if len(items) == 1:
            import traceback

            i, art = items[0]
            msg = traceback.format_exc(limit=1).strip().splitlines()[-1]
            yield i, failed_record(art, "analysis", f"analysis failed: {msg}")
            return
        for item in items:
            yield from _run(nlp, [item])
        return
    yield from out

"""The reader of the project's JSON-lines gold files."""

import pytest

from dyad.evaluate.gold import gold_lines


def test_lines_with_numbers_blank_lines_skipped_and_clear_errors(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"a": 1, "b": 2}\n\n{"a": 3, "b": 4}\n', encoding="utf-8")
    assert list(gold_lines(str(path), {"a"})) == [(1, {"a": 1, "b": 2}), (3, {"a": 3, "b": 4})]
    path.write_text('{"a": 1}\n{"a": 1,\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"g.jsonl:2: not JSON"):
        list(gold_lines(str(path), {"a"}))
    with pytest.raises(ValueError, match=r"g.jsonl:1: missing b, c"):
        list(gold_lines(str(path), {"a", "b", "c"}))

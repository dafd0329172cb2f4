"""The input readers: every format, and every way a document can be bad."""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest

from dyad.ingest import check_text, normalise_date, read_file, read_inputs, split_title
from dyad.ingest.check import MIN_WORDS, MIN_WORDS_WITH_EVIDENCE
from dyad.ingest.decode import os_error

SHARED = Path(__file__).parents[2] / "shared"

BODY = (
    "Russia and Turkey struck a deal on Tuesday to let the remaining fighters leave the city.\n\n"
    "Officials in Ankara said the first convoy would leave at dawn."
)

GERMAN = (
    "Die Regierung hat am Dienstag neue Maßnahmen angekündigt, um die Preise für Energie zu "
    "senken. Nach Angaben des Ministeriums sollen die Hilfen schon im nächsten Monat ausgezahlt "
    "werden. Kritiker bemängeln, dass die Pläne zu spät kommen und vor allem große Unternehmen "
    "begünstigen. Der Minister verteidigte das Paket und sagte, man habe alle Möglichkeiten "
    "sorgfältig geprüft. Die Opposition kündigte an, im Parlament einen eigenen Vorschlag "
    "vorzulegen. Viele Bürger warten seit Wochen auf eine Entscheidung der Regierung."
)
FRENCH = (
    "Le gouvernement a présenté mardi un nouveau plan pour réduire les prix de l'énergie. Selon "
    "le ministère, les premières aides seront versées dès le mois prochain aux familles les plus "
    "modestes. Les syndicats estiment que ces mesures arrivent trop tard et profitent surtout aux "
    "grandes entreprises. Le ministre a défendu son projet devant les députés en affirmant que "
    "toutes les options avaient été étudiées avec soin. L'opposition prépare de son côté une "
    "proposition différente, qui sera présentée la semaine prochaine."
)
SPANISH = (
    "El gobierno anunció el martes un nuevo plan para reducir los precios de la energía. Según "
    "el ministerio, las primeras ayudas llegarán el próximo mes a las familias con menos "
    "ingresos. Los sindicatos creen que las medidas llegan demasiado tarde y que benefician sobre "
    "todo a las grandes empresas. El ministro defendió el proyecto ante el parlamento y dijo que "
    "todas las opciones fueron estudiadas con cuidado. La oposición presentará su propia "
    "propuesta la semana que viene."
)
RUSSIAN = (
    "Правительство во вторник объявило о новом плане по снижению цен на энергию. По словам "
    "представителей министерства, первые выплаты семьи получат уже в следующем месяце. "
    "Профсоюзы считают, что эти меры запоздали и выгодны прежде всего крупным компаниям. "
    "Министр защитил свой проект в парламенте и заявил, что все варианты были тщательно "
    "изучены. Оппозиция намерена представить собственное предложение на следующей неделе. "
    "Многие граждане ждут решения уже несколько недель, а цены продолжают расти."
)
ARABIC = (
    "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لخفض أسعار الطاقة. وقالت الوزارة إن الدفعات الأولى "
    "ستصل إلى العائلات ذات الدخل المحدود في الشهر المقبل. وترى النقابات أن هذه الإجراءات جاءت "
    "متأخرة وأنها تفيد الشركات الكبرى قبل غيرها. ودافع الوزير عن مشروعه أمام البرلمان وقال إن "
    "جميع الخيارات درست بعناية. وتستعد المعارضة لتقديم اقتراح خاص بها في الأسبوع المقبل. "
    "وينتظر كثير من المواطنين قرارا منذ أسابيع بينما تواصل الأسعار ارتفاعها."
)
CHINESE = (
    "政府星期二宣布了一项降低能源价格的新计划。据该部门介绍，第一批补助将在下个月发放给低收入家庭。"
    "工会认为这些措施来得太晚，而且主要有利于大型企业。部长在议会为这一方案辩护，表示所有选项都经过了"
    "认真研究。反对派计划在下周提出自己的方案。许多市民已经等待了好几个星期。"
)
ENGLISH = (
    "The government announced a new plan on Tuesday to cut energy prices. According to the "
    "ministry, the first payments will reach low-income families next month. The unions said "
    "that the measures came too late and would mostly help large companies. The minister "
    "defended the plan before parliament and said that every option had been studied with "
    "care. The opposition is preparing a proposal of its own, which it will present next week."
)
# A headline and a lede made of names: English with hardly a function word in it.
ENGLISH_NAMES = (
    "Kenya Grain Pact Signed in Arusha\n\n"
    "Oxfam director Winnie Byanyima met Kenyan President William Ruto in Nairobi on Monday, "
    "weeks after Ugandan, Rwandan, Tanzanian, Burundian envoys signed a regional grain pact in "
    "Arusha alongside Ethiopian Prime Minister Abiy Ahmed, Somali President Hassan Sheikh "
    "Mohamud, Djiboutian President Ismail Omar Guelleh, Eritrean envoy Osman Saleh, Brazilian "
    "envoy Luis de Mello."
)


def write(path: Path, data: str | bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


def read(*paths: str, stdin: bytes | None = None) -> list:
    return list(read_inputs(list(paths), stdin=io.BytesIO(stdin) if stdin is not None else None))


def code(article) -> str | None:
    return article.error["code"] if article.error else None


# --- plain text ---------------------------------------------------------------------------

def test_text_file_with_title(tmp_path):
    path = write(tmp_path / "a.txt", "Deal struck over Aleppo\n\n" + BODY + "\n")
    [art] = read(path)
    assert art.title == "Deal struck over Aleppo"
    assert art.text == BODY + "\n"
    assert art.id is None and art.origin == path and art.error is None


@pytest.mark.parametrize("first", [
    "Russia and Turkey struck a deal.",           # a sentence
    "Did Russia and Turkey strike a deal?",
    "He said: \"We struck a deal.\"",            # sentence end inside closing quote
    "The officials said:",                        # a lead-in
    "x" * 150,                                    # too long
])
def test_first_line_that_is_not_a_title(first):
    text = first + "\n\n" + BODY
    assert split_title(text) == (None, text)


def test_title_needs_a_blank_line_and_a_body():
    assert split_title("Deal struck\n" + BODY)[0] is None
    assert split_title("Deal struck\n\n  \n")[0] is None
    assert split_title("Deal struck\n \t\n\n" + BODY) == ("Deal struck", BODY)


def test_aleppo_first_line_is_not_a_title():
    sample = SHARED / "samples" / "aleppo-2016-12.txt"
    if not sample.exists():
        pytest.skip("shared/samples not present")
    [art] = read(str(sample))
    assert art.title is None
    assert art.text.startswith("Violence returned to Aleppo")
    assert art.error is None and check_text(art.text) is None


def test_bom_utf16_and_newlines(tmp_path):
    text = "Line one\r\nLine two\rLine three"
    [a] = read(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + text.encode()))
    [b] = read(write(tmp_path / "wide.txt", text.encode("utf-16")))
    assert a.text == b.text == "Line one\nLine two\nLine three"


def test_undecodable_bytes(tmp_path):
    data = b"Caf\xe9 society met on Tuesday."
    [art] = read(write(tmp_path / "latin1.txt", data))
    assert code(art) == "encoding"
    assert "byte 3" in art.error["message"]
    assert art.text == ""
    [art] = read(write(tmp_path / "bom.txt", codecs.BOM_UTF8 + data))
    assert code(art) == "encoding" and "byte 6" in art.error["message"]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    b"plain words\x00\x00 and NULs",
    bytes(range(1, 9)) * 20 + b"abc",
])
def test_binary_content(tmp_path, data):
    [art] = read(write(tmp_path / "image.txt", data))
    assert code(art) == "binary"


def test_empty_document(tmp_path):
    [art] = read(write(tmp_path / "empty.txt", b""))
    assert art.error is None and art.text == ""
    assert check_text(art.text)["code"] == "empty"


def test_unknown_extension_read_as_text_when_named(tmp_path):
    path = write(tmp_path / "notes.md", BODY)
    [art] = read(path)
    assert art.text == BODY and art.error is None
    assert read(str(tmp_path)) == []  # but not picked up from a directory


# --- HTML ---------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Deal struck over Aleppo</title>
<meta property="article:published_time" content="2016-12-14T10:00:00Z">
<link rel="canonical" href="https://news.example.org/world/aleppo-deal">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Deal struck over Aleppo</h1>
<p>Russia and Turkey struck a deal on Tuesday to let the remaining fighters leave the city,
officials in Ankara said.</p>
<p>The first convoy was expected to leave at dawn, but by the evening nobody had been
evacuated, according to aid workers in the eastern districts.</p>
</article>
<footer>Copyright 2016 Example News. All rights reserved.</footer>
</body></html>"""


def test_html_page(tmp_path):
    [art] = read(write(tmp_path / "page.html", PAGE))
    assert art.error is None
    assert art.title == "Deal struck over Aleppo"
    assert art.published == "2016-12-14"
    assert art.url == "https://news.example.org/world/aleppo-deal"
    paragraphs = art.text.split("\n")
    assert paragraphs[0].startswith("Russia and Turkey struck a deal")
    assert paragraphs[-1].endswith("in the eastern districts.")
    assert "Home" not in art.text and "Copyright" not in art.text


def test_html_declared_charset(tmp_path):
    page = (b'<html><head><meta http-equiv="Content-Type" content="text/html; '
            b'charset=windows-1252"></head><body><p>The caf\xe9 owners said the \x93deal\x94 '
            b'was good news for everyone in the old town.</p></body></html>')
    [art] = read(write(tmp_path / "old.htm", page))
    assert art.error is None
    assert "café owners said the “deal”" in art.text


@pytest.mark.parametrize("page", [
    "<html><head><title>Nothing here</title></head><body><div><!-- ",
    "<html><body><script>var x = 1;</script></body></html>",
    "<<<<>>>>",
])
def test_broken_or_empty_html(tmp_path, page):
    [art] = read(write(tmp_path / "broken.html", page))
    assert code(art) == "html"
    assert art.text == ""


# --- JSON Lines ---------------------------------------------------------------------------

def test_jsonl_lines_in_order_with_bad_line(tmp_path):
    lines = [
        json.dumps({"id": 7, "text": "First story.", "published": "Dec 14, 2016",
                    "title": "One", "url": "https://a.example/1", "source": "Example"}),
        "",
        '{"id": "x", "text": "broken',
        json.dumps({"id": "b", "title": "no text"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "Last story.", "id": 3.0}),
    ]
    path = write(tmp_path / "in.jsonl", "\n".join(lines) + "\n")
    arts = read(path)
    assert [a.origin for a in arts] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6)]
    first, broken, missing, not_object, last = arts
    assert (first.id, first.text, first.title, first.url, first.source, first.published) == (
        "7", "First story.", "One", "https://a.example/1", "Example", "2016-12-14")
    assert code(broken) == "json" and broken.error["message"].startswith(f"line 3 of {path}: ")
    assert code(missing) == "missing_text" and missing.id == "b" and missing.title == "no text"
    assert code(not_object) == "json"
    assert last.id == "3" and last.text == "Last story." and last.error is None


def test_jsonl_text_is_kept_exactly(tmp_path):
    text = "Line one\r\nLine two \u2028 still line two"
    path = write(tmp_path / "a.ndjson", json.dumps({"text": text}) + "\n")
    [art] = read(path)
    assert art.text == text


def test_jsonl_html_field_and_bad_types(tmp_path):
    lines = [
        json.dumps({"id": "h", "html": "<p>Officials said the talks in Geneva would resume.</p>",
                    "title": "Given title"}),
        json.dumps({"id": "n", "text": 42}),
    ]
    html_art, bad = read(write(tmp_path / "b.jsonl", "\n".join(lines)))
    assert html_art.text == "Officials said the talks in Geneva would resume."
    assert html_art.title == "Given title" and html_art.id == "h"
    assert code(bad) == "json" and bad.id == "n"


def test_jsonl_undecodable_line(tmp_path):
    data = b'{"text": "good"}\n{"text": "caf\xe9"}\n{"text": "also good"}\n'
    arts = read(write(tmp_path / "c.jsonl", data))
    assert [code(a) for a in arts] == [None, "encoding", None]
    assert "byte 30" in arts[1].error["message"]  # the offset in the file


def test_jsonl_wide_and_binary(tmp_path):
    wide = ('{"id": "w", "text": "Caf\u00e9 talks."}\n' '{"text": "Next."}\n').encode("utf-16")
    arts = read(write(tmp_path / "wide.jsonl", wide))
    assert [(a.id, a.text) for a in arts] == [("w", "Café talks."), (None, "Next.")]
    [art] = read(write(tmp_path / "bin.jsonl", b'{"text": "a"}\n\x00\x01\x02'))
    assert code(art) == "binary"


# --- CSV ----------------------------------------------------------------------------------

def test_csv_rows(tmp_path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["ID", "Title", "Text", "Published", "Extra"])
    w.writerow(["1", "First", "One paragraph.\n\nAnd a second one.", "14 December 2016", "x"])
    w.writerow(["2", "No text here", "", "", ""])
    w.writerow(["3", "", "Third story.", "not a date", ""])
    path = write(tmp_path / "in.csv", buf.getvalue())
    first, missing, third = read(path)
    assert (first.id, first.title, first.published) == ("1", "First", "2016-12-14")
    assert first.text == "One paragraph.\n\nAnd a second one."
    assert first.origin == f"{path}:2"
    assert code(missing) == "missing_text" and missing.id == "2"
    assert missing.origin == f"{path}:5"  # the quoted text of row 1 spans three lines
    assert third.published is None and third.title is None and third.error is None


def test_csv_from_a_spreadsheet_with_semicolons_or_tabs(tmp_path):
    for sep in (";", "\t"):
        data = f"\ufeffTitle{sep}Text{sep}Published\nA{sep}Talks resumed.{sep}2016-12-14\n"
        [art] = read(write(tmp_path / "sheet.csv", data))
        assert (art.title, art.text, art.published) == ("A", "Talks resumed.", "2016-12-14")
    # Commas in the header keep the comma, whatever the cells hold.
    [art] = read(write(tmp_path / "c.csv", 'title,text\nA;B,"x; y"\n'))
    assert (art.title, art.text) == ("A;B", "x; y")


def test_a_row_without_text_names_the_fields_it_has(tmp_path):
    [art] = read(write(tmp_path / "h.csv", "headline,body\nA,Talks resumed.\n"))
    assert code(art) == "missing_text"
    assert art.error["message"].endswith("(fields here: body, headline)")


def test_csv_broken_rows(tmp_path):
    data = 'id,text\n1,"good one"\n2,"bad " quote"\n3,too,many\n4,"fine again"\n'
    arts = read(write(tmp_path / "bad.csv", data))
    assert [code(a) for a in arts] == [None, "csv", "csv", None]
    assert [a.id for a in arts if not a.error] == ["1", "4"]


# --- gzip, stdin --------------------------------------------------------------------------

def test_gzip_files(tmp_path):
    jsonl = "\n".join(json.dumps({"id": i, "text": f"Story {i}."}) for i in range(3))
    a = write(tmp_path / "archive.jsonl.gz", gzip.compress(jsonl.encode()))
    b = write(tmp_path / "story.txt.gz", gzip.compress(("Headline\n\n" + BODY).encode()))
    c = write(tmp_path / "damaged.txt.gz", gzip.compress(BODY.encode())[:20])
    d = write(tmp_path / "fake.jsonl.gz", b"not gzip at all")
    arts = read(a, b, c, d)
    assert [x.id for x in arts[:3]] == ["0", "1", "2"]
    assert arts[1].origin == f"{a}:2"
    assert arts[3].title == "Headline" and arts[3].text == BODY
    assert [code(x) for x in arts[4:]] == ["unreadable", "unreadable"]


def test_stdin_jsonl_and_text():
    jsonl = b'{"id": "s1", "text": "One."}\n\n{"text": "Two."}\n'
    arts = read("-", stdin=jsonl)
    assert [(a.id, a.text, a.origin) for a in arts] == [
        ("s1", "One.", "<stdin>:1"), (None, "Two.", "<stdin>:3")]
    # One line that is not a JSON object makes the whole input one text.
    [art] = read("-", stdin=jsonl + b"And a line of prose.\n")
    assert art.origin == "<stdin>" and art.text.endswith("And a line of prose.\n")
    [art] = read("-", stdin=("Headline\n\n" + BODY).encode())
    assert (art.title, art.text) == ("Headline", BODY)
    arts = read("-", stdin=gzip.compress(jsonl))
    assert [a.text for a in arts] == ["One.", "Two."]


def test_stdin_empty_and_bad():
    [art] = read("-", stdin=b"")
    assert art.text == "" and check_text(art.text)["code"] == "empty"
    [art] = read("-", stdin=b"caf\xe9")
    assert code(art) == "encoding"


# --- paths and directories ----------------------------------------------------------------

def test_directory_recursion_order(tmp_path):
    root = tmp_path / "corpus"
    write(root / "b.txt", "Second.")
    write(root / "a" / "z.txt", "First.")
    write(root / "a" / "sub" / "y.html", "<p>Inside a deeper folder, a page of text.</p>")
    write(root / "c.jsonl", '{"text": "Third."}\n{"text": "Fourth."}\n')
    write(root / "d.csv.gz", gzip.compress(b"text\nFifth.\n"))
    write(root / ".hidden.txt", "Hidden.")
    write(root / ".git" / "x.txt", "Hidden too.")
    write(root / "image.png", b"\x89PNG\x00")
    arts = read(str(root))
    assert [a.text for a in arts] == [
        "Inside a deeper folder, a page of text.", "First.", "Second.", "Third.", "Fourth.",
        "Fifth.",
    ]
    assert arts[0].origin == str(root / "a" / "sub" / "y.html")


def test_missing_and_unreadable_paths(tmp_path):
    ok = write(tmp_path / "ok.txt", "Fine.")
    arts = read(str(tmp_path / "nope.txt"), ok, str(tmp_path / "nope" / "deeper.jsonl"))
    assert [code(a) for a in arts] == ["not_found", None, "not_found"]
    assert arts[0].origin == str(tmp_path / "nope.txt")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="permissions do not stop root from reading")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "secret.txt", "Hidden.")
    os.chmod(path, 0)
    try:
        [art] = read(path)
    finally:
        os.chmod(path, 0o644)
    assert code(art) == "unreadable"


def test_directory_where_a_file_was_expected(tmp_path):
    folder = tmp_path / "looks-like.txt"
    folder.mkdir()
    [art] = list(read_file(str(folder)))
    assert code(art) == "unreadable" and "directory" in art.error["message"]
    [art] = list(read_file(str(folder), "jsonl"))
    assert code(art) == "unreadable"


def test_permission_errors_are_unreadable():
    # Reading as root cannot be refused, so the mapping itself is checked here.
    err = os_error(PermissionError(13, "Permission denied"), "secret.txt")
    assert (err.code, err.message) == ("unreadable", "permission denied: secret.txt")
    assert os_error(FileNotFoundError(2, "No such file"), "x").code == "not_found"


def test_one_article_per_document(tmp_path):
    paths = [
        write(tmp_path / "a.txt", BODY),
        write(tmp_path / "b.txt", b"\xff\xfe\x00"),
        str(tmp_path / "missing.csv"),
        write(tmp_path / "c.jsonl", '{"text": "x"}\n{bad\n{"text": "y"}\n'),
    ]
    assert len(read(*paths)) == 1 + 1 + 1 + 3


# --- check_text ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   \n\t ", "12 34 -- 56", "...!?"])
def test_check_empty(text):
    assert check_text(text)["code"] == "empty"


def test_check_too_large():
    err = check_text("the deal " * 150, max_chars=1000)
    assert err["code"] == "too_large"
    assert "1,350" in err["message"] and "1,000" in err["message"]
    assert "max_chars" in err["message"]
    assert check_text("the deal " * 150, max_chars=1350) is None


def test_check_binary():
    assert check_text("abc\x00def")["code"] == "binary"
    assert check_text("ab\x01\x02\x03\x04cd" * 5)["code"] == "binary"
    assert check_text("Page one.\fPage two.\tTabbed.") is None


@pytest.mark.parametrize("text", [GERMAN, FRENCH, SPANISH, RUSSIAN, ARABIC, CHINESE],
                         ids=["de", "fr", "es", "ru", "ar", "zh"])
def test_check_other_languages(text):
    assert check_text(text)["code"] == "language"


def short(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


@pytest.mark.parametrize("text", [
    short(GERMAN, 45), short(FRENCH, 45), short(SPANISH, 45), short(RUSSIAN, 45),
    short(ARABIC, 45), CHINESE[:45],
], ids=["de", "fr", "es", "ru", "ar", "zh"])
def test_check_short_texts_in_other_languages(text):
    assert check_text(text)["code"] == "language"


@pytest.mark.parametrize("text", [
    ENGLISH, ENGLISH_NAMES, short(ENGLISH_NAMES, MIN_WORDS_WITH_EVIDENCE), "Russia and Turkey struck a deal.", "Aleppo",
    BODY + "\n\n" + GERMAN,  # an English story quoting a German statement
])
def test_check_english(text):
    assert check_text(text) is None


def test_check_english_news_is_never_flagged():
    bbc = SHARED / "data" / "bench" / "bbc"
    files = sorted(bbc.glob("*/*.txt"))
    if not files:
        pytest.skip("shared/data/bench/bbc not present")
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        words = text.split()
        for n in (MIN_WORDS_WITH_EVIDENCE, MIN_WORDS, 2 * MIN_WORDS, len(words)):
            assert check_text(" ".join(words[:n])) is None, (f, n)


# --- dates --------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "2016-12-14", "2016-12-14T23:30:00-05:00", "2016-12-14 08:00:00", "20161214",
    "14 December 2016", "Dec 14, 2016", "December 14th, 2016", "Wednesday, 14 Dec 2016",
    "Wed, 14 Dec 2016 10:00:00 +0000", "12/14/2016",
])
def test_dates(value):
    assert normalise_date(value) == "2016-12-14"


@pytest.mark.parametrize("value", [None, "", "yesterday", "Tuesday", "2016-02-30", "soon", 2016])
def test_unreadable_dates(value):
    assert normalise_date(value) is None

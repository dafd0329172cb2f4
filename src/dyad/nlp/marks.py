"""Punctuation that several readers of a text look for, kept in one place."""

# Every character that opens or closes a quotation, straight or curly
MARK_CHARS = "“”„«»‹›\"'`"
# A dash as the tokenizer gives it: hyphen, double hyphen, en and em dash
DASHES = ("-", "--", "–", "—")
# Backticks open a quotation in archives that write ``…'' (Penn Treebank style); Unicode files
# "`" as a symbol, so spaCy's lexemes do not count it as punctuation as they do "'".
BACKTICKS = ("`", "``")


def mark_backticks(vocab) -> None:
    """Make a vocabulary's backtick lexemes punctuation and quotation marks, as the readers that
    step over the marks before or after a quotation expect; the tagger and parser do not read
    these flags, so no parse changes."""
    for text in BACKTICKS:
        lex = vocab[text]
        lex.is_punct = True
        lex.is_quote = True

"""Punctuation that several readers of a text look for, kept in one place."""

# Every character that opens or closes a quotation, straight or curly
MARK_CHARS = "“”„«»‹›\"'`"
# A dash as the tokenizer gives it: hyphen, double hyphen, en and em dash
DASHES = ("-", "--", "–", "—")

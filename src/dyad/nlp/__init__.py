"""Dyad's spaCy components and the rules and models behind them."""

# Whether the learned span edges (``dyad.nlp.learned_spans``) move the edges of indirect
# reports unless a caller says otherwise: ``build()``, the ``dyad_quotes`` setting
# ``learned_spans``, and ``dyad analyze``, ``ingest`` and ``evaluate quotes`` all take their
# default from here. Off: the chooser adds about a quarter to the quote finder's time for
# +0.003 exact F1 on dev, which issue 3's budget for the quote finder (10% of spaCy's time)
# leaves no margin for (see evaluation/README.md).
LEARNED_SPANS = False

"""Letters and mail merge: choosing a template and recipients, the run, the record of letters."""

LETTERS = "letters"
"""Letter templates, the letterhead and the record of letters (a ``Change`` kind)."""

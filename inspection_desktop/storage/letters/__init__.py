"""Storage for letters: the letterhead, own templates and the record of letters."""

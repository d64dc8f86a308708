"""File reading: the base, the readers, the case-file sample and who reads what, when."""

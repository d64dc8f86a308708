"""Surveys of the inspection: their dates, targets and dated response counts."""

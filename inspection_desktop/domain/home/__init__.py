"""The home screen's facts: where the inspection stands on a given day."""

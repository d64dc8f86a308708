"""storage · meetings."""

"""ui · meetings."""

"""ui · common."""

"""ui · plan."""

"""ui · people."""

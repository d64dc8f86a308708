"""ui · shell."""

"""storage · plan."""

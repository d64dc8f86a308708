"""storage · people."""

"""cli · people."""

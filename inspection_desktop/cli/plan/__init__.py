"""cli · plan."""

"""documents · plan."""

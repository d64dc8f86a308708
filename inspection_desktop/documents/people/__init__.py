"""documents · people."""

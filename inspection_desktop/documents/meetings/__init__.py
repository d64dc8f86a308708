"""documents · meetings."""

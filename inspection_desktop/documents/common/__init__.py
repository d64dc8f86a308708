"""documents · common."""

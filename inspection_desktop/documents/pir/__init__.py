"""documents · pir."""

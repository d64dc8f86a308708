"""storage · pir."""

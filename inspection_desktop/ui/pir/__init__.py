"""ui · pir."""

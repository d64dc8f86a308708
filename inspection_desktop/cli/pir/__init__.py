"""cli · pir."""

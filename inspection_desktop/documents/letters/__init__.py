"""Letters on paper and in Word: one per recipient, and all of a run joined for printing."""

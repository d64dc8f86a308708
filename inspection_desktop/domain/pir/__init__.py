"""The PIR data guard: find personal identifiers in a population list before it is sent."""

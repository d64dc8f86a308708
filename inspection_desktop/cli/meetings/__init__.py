"""cli · meetings."""

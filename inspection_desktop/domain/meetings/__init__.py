"""domain · meetings."""

"""domain · people."""

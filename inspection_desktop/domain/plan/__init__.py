"""domain · plan."""

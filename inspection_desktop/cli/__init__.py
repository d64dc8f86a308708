"""The command line: the same services as the window, for scripting and batch use."""

"""The home screen's facts, read once for the window, the command line and the report."""

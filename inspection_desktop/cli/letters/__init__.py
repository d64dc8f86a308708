"""Command-line commands for letters and mail merge."""

"""The status report for the chief officers and the survey chart it shares with the window."""

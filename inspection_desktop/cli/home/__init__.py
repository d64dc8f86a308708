"""Commands for the home screen's facts, the status report and the surveys."""

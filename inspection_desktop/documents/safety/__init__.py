"""Data safety documents: the hand-over file."""

"""Data safety: backups, recovery, one writer, hand-over and history."""

"""Errors the user can do something about; everything else is a bug."""

from __future__ import annotations


class UserFacingError(Exception):
    """Expected trouble (bad input, a locked or unreadable file) with a plain message for the user.

    The window shows the message in a dialog; the command line prints it on one line and exits 2.
    """

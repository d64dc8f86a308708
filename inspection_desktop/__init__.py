"""Inspection Desktop: plan and run a partnership's preparation for a joint inspection."""

__version__ = "0.1.0"

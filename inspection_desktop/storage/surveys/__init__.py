"""Surveys and their dated response counts."""

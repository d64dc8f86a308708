"""The Letters section: choose a template and recipients, preview, produce, and the record."""

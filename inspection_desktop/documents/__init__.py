"""Documents the app writes: PDFs, calendars, CSV and spreadsheet files."""

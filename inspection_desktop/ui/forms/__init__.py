"""Forms compiled from forms/*.ui by forms/build.py; do not edit by hand."""

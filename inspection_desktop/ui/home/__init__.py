"""The Home and Surveys tabs."""

"""Use cases of the plan: inspections and their checklist."""

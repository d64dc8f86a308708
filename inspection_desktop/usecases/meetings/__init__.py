"""Use cases of meetings: made from the plan once, their actions put on the checklist."""

"""Pure domain logic: weeks and dates, plan rules, roles. No Qt, no database."""

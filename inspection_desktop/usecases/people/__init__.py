"""Use cases of the contact register: people, their roles, imports."""

"""usecases · plan."""

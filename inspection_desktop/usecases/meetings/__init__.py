"""usecases · meetings."""

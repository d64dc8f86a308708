"""The Qt window and dialogs."""

"""Letters and mail merge: templates, the fields they use, greetings and address blocks."""

"""Use cases: the operations a co-ordinator performs, Qt-free, shared by the window and the CLI."""

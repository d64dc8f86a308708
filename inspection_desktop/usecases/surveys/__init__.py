"""The co-ordinator's survey operations: add, edit, delete, record and paste counts."""

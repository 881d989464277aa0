"""What operators run: backups and their restore, and the periodic tasks of the worker."""

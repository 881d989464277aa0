"""What operators run: backups and their restore."""

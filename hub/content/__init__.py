"""What the hub knows of its content as a whole: the registry of content types and
the change pipeline."""

"""Text as editors write it and visitors read it: rich text, the editor, formatting."""

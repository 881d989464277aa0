"""What every page is made of: blocks, forms, listings, routing and structured data."""

"""What keeps visitors and editors safe: the one public gate, rate limits, media
permissions, hostile search input and spreadsheet exports."""

"""What the hub offers machines: the API, structured data, OAI-PMH, sitemaps, feeds and
open data. Every outlet reads public content through hub.security.public only, and
lists content types from the registry (hub.content.registry)."""

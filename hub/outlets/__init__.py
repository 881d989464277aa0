"""What the hub offers machines: sitemaps and feeds (and, in time, the API, OAI-PMH and
open data). Every outlet reads public content through hub.security.public only."""

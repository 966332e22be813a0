"""The web server on port 8080: a chat page for trying the assistant in a browser."""

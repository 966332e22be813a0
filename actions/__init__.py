"""The action server: thin Rasa adapters over the domain logic in ``bot``."""

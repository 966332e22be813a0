"""Benchmarks of the knowledge base: retrieval, threshold tuning, exact against approximate."""

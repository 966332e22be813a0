"""Measuring the running assistant: `kneebot eval` and `bench`, the REST client, terminal chat.

Each suite of `kneebot eval` measures one part of the assistant and returns figures.
"""

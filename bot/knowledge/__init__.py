"""Knowledge retrieval: the documents under knowledge/, searchable and quotable.

- ``index.build(force=False)``: split the documents into passages and build the dense
  (FAISS) and BM25 indexes under ``knowledge/index/`` when a source or setting changed.
- ``search.search(query, k=5, mode="hybrid")``: the best passages, one per section.
- ``answer.answer(question)``: a few sentences from the best section with their
  sources, or None (say ``messages.NO_ANSWER_TEXT`` then); ``answer.reply_to_question``
  picks between that, an exercise's steps and when to act on a warning sign.

Nothing heavy is imported here: the model, the indexes and spaCy load on first use,
once per process. ``benchmarks/`` measures retrieval and the approximate index.
"""

# Cython's declarations for graph.py when `quotes compile` builds it (quotes.compiled): Word as an extension type
# whose fields live in a C struct. Python ignores this file. The fields are those of graph._WordFields, in order.
cdef class Word:
    cdef public object index, text, lemma, upos, xpos, feats, head, deprel, start, end, token_text, token_first
    cdef public object space_after, lemma_key, keys, token_keys, trigger_keys, spelling

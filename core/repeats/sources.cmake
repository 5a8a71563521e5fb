# Repeat detection at registration (Art. 35, Art. 36(6), Art. 44 hints).
target_sources(ogi_core PRIVATE
    repeats/RepeatFinder.cpp repeats/RepeatFinder.h
    repeats/TextSimilarity.cpp repeats/TextSimilarity.h)

# Reconsideration and litigation against a case (DESIGN.md §3, annual report section 四).
target_sources(ogi_core PRIVATE
    remedies/CaseRemedyWindows.cpp remedies/CaseRemedyWindows.h
    remedies/Remedy.h
    remedies/RemedyStore.cpp remedies/RemedyStore.h
    remedies/RemedyVocabulary.cpp remedies/RemedyVocabulary.h
    remedies/RemedyWindows.cpp remedies/RemedyWindows.h)

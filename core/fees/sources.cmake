# Information-processing fees (reference/fees.md).
target_sources(ogi_core PRIVATE
    fees/FeeMethod.cpp fees/FeeMethod.h
    fees/FeeQuote.cpp fees/FeeQuote.h
    fees/FeeSchedule.cpp fees/FeeSchedule.h)

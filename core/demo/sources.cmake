target_sources(ogi_core PRIVATE
    demo/DemoData.cpp demo/DemoData.h
    demo/DemoNoticeText.cpp demo/DemoNoticeText.h
    demo/DemoUsers.cpp demo/DemoUsers.h
    demo/DemoVocabulary.cpp demo/DemoVocabulary.h)

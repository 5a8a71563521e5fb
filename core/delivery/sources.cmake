# Delivery of replies by email (issue 9): SMTP through Poco::Net, the reply notice as PDF.
target_sources(ogi_core PRIVATE
    delivery/EmailDelivery.cpp delivery/EmailDelivery.h
    delivery/SmtpSender.cpp delivery/SmtpSender.h)

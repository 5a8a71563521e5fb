#!/usr/bin/python3
"""Reads a message written by smtp_test_server.py the way a mail program would (Python's
email package) and prints what the tests check, as JSON: the decoded headers, the text
and each attachment's name, type and SHA-256."""
import email
import email.header
import email.policy
import hashlib
import json
import sys

with open(sys.argv[1], "rb") as f:
    raw = f.read()
message = email.message_from_bytes(raw, policy=email.policy.default)
result = {
    "subject": str(message["Subject"]),
    "subject_raw": email.message_from_bytes(raw, policy=email.policy.compat32)["Subject"],
    "from": str(message["From"]),
    "to": str(message["To"]),
    "message_id": str(message["Message-ID"]),
    "text": "",
    "attachments": [],
}
for part in message.walk():
    if part.is_multipart():
        continue
    if part.get_content_disposition() == "attachment":
        payload = part.get_payload(decode=True)
        result["attachments"].append({"name": part.get_filename(), "type": part.get_content_type(),
                                      "sha256": hashlib.sha256(payload).hexdigest(), "size": len(payload)})
    elif part.get_content_type() == "text/plain":
        result["text"] = part.get_content()
print(json.dumps(result, ensure_ascii=False))

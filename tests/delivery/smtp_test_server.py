#!/usr/bin/python3
"""A tiny SMTP server on 127.0.0.1 for the email delivery tests (standard library only).

Usage: smtp_test_server.py MODE OUTDIR
Prints the port it listens on, then serves connections one after another until killed.
Each accepted message is written to OUTDIR/message-N.eml with OUTDIR/envelope-N.json
(MAIL FROM, RCPT TO, and the user and password of AUTH LOGIN).

MODE: ok           accept everything
      reject-rcpt  550 for every RCPT TO
      reject-data  554 after the message
      drop         close the connection after RCPT TO, without an answer
      silent       accept the connection and never say a word
      starttls     like ok, offering STARTTLS (certificate and key: SMTP_TEST_CERT, SMTP_TEST_KEY)
      tls          like ok, TLS from the first byte (the same certificate)
"""
import base64
import json
import os
import socket
import ssl
import sys
import time

mode, outdir = sys.argv[1], sys.argv[2]
listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
listener.bind(("127.0.0.1", 0))
listener.listen(5)
print(listener.getsockname()[1], flush=True)
count = 0
tls = None
if mode in ("starttls", "tls"):
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(os.environ["SMTP_TEST_CERT"], os.environ["SMTP_TEST_KEY"])


def serve(conn):
    global count
    f = conn.makefile("rb")

    def say(line):
        conn.sendall(line.encode() + b"\r\n")

    if mode == "silent":
        time.sleep(30)
        return
    if mode == "tls":
        conn = tls.wrap_socket(conn, server_side=True)
        f = conn.makefile("rb")
    say("220 test.smtp ESMTP ready")
    sender, recipients, auth = None, [], {}
    while True:
        line = f.readline()
        if not line:
            return
        command = line.decode("ascii", "replace").strip()
        verb = command.split(" ", 1)[0].upper()
        if verb == "EHLO":
            offer = b"250-STARTTLS\r\n" if mode == "starttls" and not isinstance(conn, ssl.SSLSocket) else b""
            conn.sendall(b"250-test.smtp greets you\r\n" + offer + b"250-8BITMIME\r\n250 AUTH LOGIN PLAIN\r\n")
        elif verb == "STARTTLS" and mode == "starttls":
            say("220 2.0.0 Ready to start TLS")
            conn = tls.wrap_socket(conn, server_side=True)
            f = conn.makefile("rb")
        elif verb == "HELO":
            say("250 test.smtp")
        elif verb == "MAIL":
            sender = command[10:].strip()
            say("250 2.1.0 Ok")
        elif verb == "RCPT":
            if mode == "reject-rcpt":
                say("550 5.1.1 <%s>: Recipient address rejected: User unknown" % command[8:].strip("<> "))
                continue
            recipients.append(command[8:].strip())
            if mode == "drop":
                conn.close()
                return
            say("250 2.1.5 Ok")
        elif verb == "DATA":
            say("354 End data with <CR><LF>.<CR><LF>")
            data = b""
            while True:
                chunk = f.readline()
                if not chunk or chunk == b".\r\n":
                    break
                data += chunk[1:] if chunk.startswith(b"..") else chunk
            if mode == "reject-data":
                say("554 5.7.1 Message rejected as spam")
                continue
            count += 1
            with open(os.path.join(outdir, "message-%d.eml" % count), "wb") as out:
                out.write(data)
            with open(os.path.join(outdir, "envelope-%d.json" % count), "w") as out:
                json.dump({"from": sender, "to": recipients, "auth": auth}, out)
            say("250 2.0.0 Ok: queued as TEST%d" % count)
        elif verb == "AUTH":
            # AUTH LOGIN: user name and password each asked for, base64.
            say("334 VXNlcm5hbWU6")
            auth["user"] = base64.b64decode(f.readline().strip()).decode()
            say("334 UGFzc3dvcmQ6")
            auth["password"] = base64.b64decode(f.readline().strip()).decode()
            say("235 2.7.0 Authentication successful")
        elif verb == "QUIT":
            say("221 2.0.0 Bye")
            return
        elif verb in ("RSET", "NOOP"):
            say("250 Ok")
        else:
            say("502 5.5.2 Error: command not recognized")


while True:
    conn, _ = listener.accept()
    try:
        serve(conn)
    except OSError:
        pass
    finally:
        conn.close()

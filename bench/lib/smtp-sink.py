"""A local SMTP server for fault runs: accepts every mail and writes it, whole, to one file in a directory.

Usage: python3 smtp-sink.py PORT DIRECTORY. Python 3.11's smtpd (standard library) speaks real SMTP, so the
application's mail client, timeouts and retries are exercised exactly as against a mail relay.
"""
import os
import smtpd
import sys
import uuid
import warnings
import asyncore

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):
    def __init__(self, port, directory):
        super().__init__(("127.0.0.1", port), None, decode_data=False)
        self.directory = directory

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        name = os.path.join(self.directory, uuid.uuid4().hex + ".eml")
        with open(name + ".tmp", "wb") as out:
            out.write(("X-Sink-Rcpt: " + ",".join(rcpttos) + "\r\n").encode())
            out.write(data)
        os.rename(name + ".tmp", name)
        return None


if __name__ == "__main__":
    os.makedirs(sys.argv[2], exist_ok=True)
    Sink(int(sys.argv[1]), sys.argv[2])
    asyncore.loop()

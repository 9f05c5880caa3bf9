"""Citizens' clients for fault runs: each submission retries with the same Idempotency-Key until it gets an answer.

Usage: python3 fault-clients.py BASE_URL TAG COUNT CONCURRENCY RESULTS [--email] [--category JALAN] [--no-key EVERY]
Submission i carries the key TAG-i and a description naming TAG and i, so the database can be counted afterwards.
A connection error, a timeout, a 5xx or a 429 is retried (0.2 s doubling to 2 s) until the run's deadline; a 2xx is
an acknowledgement (written to RESULTS as "i ticket attempts"); any other 4xx is a refusal (written as "i REFUSED status").
--no-key EVERY sends every EVERY-th submission without a key (such a client cannot retry safely, so it does not retry).
The number of answered submissions is kept in RESULTS.progress for the fault script.
"""
import argparse
import http.client
import json
import os
import threading
import time
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("base")
parser.add_argument("tag")
parser.add_argument("count", type=int)
parser.add_argument("concurrency", type=int)
parser.add_argument("results")
parser.add_argument("--email", action="store_true")
parser.add_argument("--category", default="JALAN")
parser.add_argument("--no-key", type=int, default=0)
parser.add_argument("--deadline", type=float, default=1800)
parser.add_argument("--rate", type=float, default=0, help="submissions started per second in all (0: as fast as possible)")
args = parser.parse_args()

url = urllib.parse.urlparse(args.base)
lock = threading.Lock()
next_index = [0]
answered = [0]
out = open(args.results, "w")
started = time.time()
stop_at = started + args.deadline


def body(i):
    report = {"kind": "COMPLAINT", "categoryCode": args.category,
              "description": f"Uji gangguan {args.tag} nomor {i}: jalan berlubang di depan pasar",
              "districtCode": "94.04.01", "villageCode": "94.04.01.1008"}
    if args.email:
        report["reporterName"] = "Warga uji"
        report["reporterEmail"] = f"{args.tag}-{i}@faults.test".lower()
    return json.dumps(report)


def post(i, keyed):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if keyed:
        headers["Idempotency-Key"] = f"{args.tag}-{i}"
    try:
        connection.request("POST", "/api/v1/reports", body(i), headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def submit(i):
    keyed = not (args.no_key and i % args.no_key == 0)
    delay = 0.2
    attempts = 0
    while time.time() < stop_at:
        attempts += 1
        try:
            status, data = post(i, keyed)
        except (OSError, http.client.HTTPException):
            status, data = None, b""
        if status is not None and 200 <= status < 300:
            return f"{i} {json.loads(data)['ticket']} {attempts}"
        if status is not None and 400 <= status < 500 and status != 429:
            return f"{i} REFUSED {status}"
        if not keyed:
            return f"{i} UNANSWERED {status}"
        time.sleep(delay)
        delay = min(delay * 2, 2.0)
    return f"{i} UNANSWERED timeout"


def worker():
    while True:
        with lock:
            i = next_index[0]
            if i >= args.count:
                return
            next_index[0] += 1
        if args.rate > 0:
            time.sleep(max(0.0, started + i / args.rate - time.time()))
        line = submit(i)
        with lock:
            out.write(line + "\n")
            out.flush()
            answered[0] += 1
            if answered[0] % 10 == 0 or answered[0] == args.count:
                with open(args.results + ".progress.tmp", "w") as progress:
                    progress.write(str(answered[0]))
                os.replace(args.results + ".progress.tmp", args.results + ".progress")


threads = [threading.Thread(target=worker) for _ in range(args.concurrency)]
for t in threads:
    t.start()
for t in threads:
    t.join()
out.close()

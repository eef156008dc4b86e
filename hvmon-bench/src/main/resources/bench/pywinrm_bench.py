"""Times full WQL enumerations with Debian's python3-winrm (pywinrm 0.3.0) against a WS-Man endpoint, sending the
same Enumerate/Pull envelopes as hvmon's interop driver (hvmon-simulator/src/test/resources/interop/
pywinrm_enumerate.py) through Protocol.send_message, and parsing every answer into rows with xmltodict, as a pywinrm
user would. One Protocol (one NTLM-authenticated, message-encrypted connection) for every round, as hvmon's session.

Environment: EP, WSUSER, WSPASS, WQL, MAX_ELEMENTS, WARMUP, REPS, NAMESPACE (optional), EXPECT (optional row count).
Prints one JSON line: {"ok", "count", "pulls", "wall_ns": [...], "cpu_ns": [...]} where cpu_ns is this process's CPU
time per enumeration (time.process_time_ns: user + system of the Python client only; the endpoint is another process).
"""
import json
import os
import time

import xmltodict
from winrm.protocol import Protocol

EP = os.environ["EP"]
NS = os.environ.get("NAMESPACE", "root/virtualization/v2")
URI = "http://schemas.microsoft.com/wbem/wsman/1/wmi/" + NS + "/*"
ENUMERATION = "http://schemas.xmlsoap.org/ws/2004/09/enumeration"
WQL = os.environ["WQL"]
MAX_ELEMENTS = os.environ.get("MAX_ELEMENTS", "32000")
WARMUP = int(os.environ.get("WARMUP", "2"))
REPS = int(os.environ.get("REPS", "10"))
EXPECT = int(os.environ.get("EXPECT", "-1"))

p = Protocol(endpoint=EP, transport="ntlm", username=os.environ["WSUSER"], password=os.environ["WSPASS"],
             server_cert_validation="ignore", message_encryption="auto")


def envelope(action, body):
    env = {"env:Envelope": p._get_soap_header(action=action, resource_uri=URI)}
    env["env:Envelope"]["env:Header"]["a:To"] = EP
    env["env:Envelope"]["env:Body"] = body
    return xmltodict.unparse(env)


def strip(tag):
    return tag.split(":")[-1]


def items_of(node):
    found = []
    if not node:
        return found
    for tag, value in node.items():
        for instance in value if isinstance(value, list) else [value]:
            row = {}
            for prop, text in (instance or {}).items():
                if not prop.startswith("@"):
                    row[strip(prop)] = text
            found.append({"class": strip(tag), "properties": row})
    return found


def find(node, name):
    for key, value in (node or {}).items():
        if strip(key) == name:
            return value
    return None


def has(node, name):
    return any(strip(key) == name for key in (node or {}))


def enumerate_all():
    reply = xmltodict.parse(p.send_message(envelope(ENUMERATION + "/Enumerate", {
        "n:Enumerate": {"w:OptimizeEnumeration": None, "w:MaxElements": MAX_ELEMENTS,
                        "w:Filter": {"@Dialect": "http://schemas.microsoft.com/wbem/wsman/1/WQL", "#text": WQL}}})))
    response = find(find(find(reply, "Envelope"), "Body"), "EnumerateResponse")
    rows = items_of(find(response, "Items"))
    context = find(response, "EnumerationContext")
    done = has(response, "EndOfSequence")
    pulls = 0
    while not done:
        reply = xmltodict.parse(p.send_message(envelope(ENUMERATION + "/Pull", {
            "n:Pull": {"n:EnumerationContext": context, "n:MaxElements": MAX_ELEMENTS}})))
        response = find(find(find(reply, "Envelope"), "Body"), "PullResponse")
        rows += items_of(find(response, "Items"))
        context = find(response, "EnumerationContext")
        done = has(response, "EndOfSequence")
        pulls += 1
    return rows, pulls


count = pulls = 0
for _ in range(WARMUP):  # the first one also authenticates the connection (NTLM), which is not timed
    rows, pulls = enumerate_all()
wall, cpu = [], []
for _ in range(REPS):
    w0, c0 = time.perf_counter_ns(), time.process_time_ns()
    rows, pulls = enumerate_all()
    cpu.append(time.process_time_ns() - c0)
    wall.append(time.perf_counter_ns() - w0)
    count = len(rows)
    if EXPECT >= 0 and count != EXPECT:
        raise SystemExit("expected %d rows, got %d" % (EXPECT, count))
print(json.dumps({"ok": True, "count": count, "pulls": pulls, "wall_ns": wall, "cpu_ns": cpu}))

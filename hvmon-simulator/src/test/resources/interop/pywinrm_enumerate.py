"""Enumerates a WQL query against a WS-Man endpoint with Debian's python3-winrm (pywinrm 0.3.0), sending raw
Enumerate/Pull envelopes through Protocol.send_message, and prints what came back as one JSON line.

Environment: EP (endpoint URL), WSUSER, WSPASS, TRANSPORT (ntlm | basic | kerberos | mit-kerberos-encrypted),
WQL, NAMESPACE. kerberos takes its ticket from the cache in KRB5CCNAME; mit-kerberos-encrypted sends pywinrm's
envelopes through mit_kerberos_transport.py (Kerberos message encryption on MIT's GSSAPI).
"""
import json
import os
import sys

import xmltodict
from winrm.exceptions import WinRMError, InvalidCredentialsError
from winrm.protocol import Protocol

EP = os.environ["EP"]
NS = os.environ.get("NAMESPACE", "root/virtualization/v2")
URI = "http://schemas.microsoft.com/wbem/wsman/1/wmi/" + NS + "/*"
ENUMERATION = "http://schemas.xmlsoap.org/ws/2004/09/enumeration"

MIT = os.environ["TRANSPORT"] == "mit-kerberos-encrypted"
p = Protocol(endpoint=EP, transport="plaintext" if MIT else os.environ["TRANSPORT"], username=os.environ["WSUSER"],
             password=os.environ["WSPASS"], server_cert_validation="ignore", message_encryption="auto")
if MIT:
    from urllib.parse import urlsplit
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from mit_kerberos_transport import MitKerberosTransport
    p.transport = MitKerberosTransport(EP, urlsplit(EP).hostname)


def envelope(action, body):
    env = {"env:Envelope": p._get_soap_header(action=action, resource_uri=URI)}
    env["env:Envelope"]["env:Header"]["a:To"] = EP
    env["env:Envelope"]["env:Body"] = body
    return xmltodict.unparse(env)


def strip(tag):
    return tag.split(":")[-1]


def items_of(node):
    """The instances under an Items element, as {property: text}."""
    found = []
    if not node:
        return found
    for tag, value in node.items():
        for instance in value if isinstance(value, list) else [value]:
            row = {}
            for prop, text in (instance or {}).items():
                if prop.startswith("@"):
                    continue
                row[strip(prop)] = text
            found.append({"class": strip(tag), "properties": row})
    return found


def find(node, name):
    for key, value in (node or {}).items():
        if strip(key) == name:
            return value
    return None


def has(node, name):
    """Whether the element is there at all (xmltodict turns an empty element into None)."""
    return any(strip(key) == name for key in (node or {}))


try:
    reply = xmltodict.parse(p.send_message(envelope(ENUMERATION + "/Enumerate", {
        "n:Enumerate": {"w:OptimizeEnumeration": None, "w:MaxElements": os.environ.get("MAX_ELEMENTS", "10"),
                        "w:Filter": {"@Dialect": "http://schemas.microsoft.com/wbem/wsman/1/WQL",
                                     "#text": os.environ["WQL"]}}})))
    body = find(find(reply, "Envelope"), "Body")
    response = find(body, "EnumerateResponse")
    rows = items_of(find(response, "Items"))
    context = find(response, "EnumerationContext")
    done = has(response, "EndOfSequence")
    pulls = 0
    while not done:
        reply = xmltodict.parse(p.send_message(envelope(ENUMERATION + "/Pull", {
            "n:Pull": {"n:EnumerationContext": context, "n:MaxElements": os.environ.get("MAX_ELEMENTS", "10")}})))
        response = find(find(find(reply, "Envelope"), "Body"), "PullResponse")
        rows += items_of(find(response, "Items"))
        context = find(response, "EnumerationContext")
        done = has(response, "EndOfSequence")
        pulls += 1
    print(json.dumps({"ok": True, "count": len(rows), "pulls": pulls, "rows": rows,
                      "header_length": getattr(p.transport, "header_length", None)}))
except InvalidCredentialsError as e:
    print(json.dumps({"ok": False, "error": "credentials", "message": str(e)}))
except WinRMError as e:
    print(json.dumps({"ok": False, "error": "winrm", "message": str(e)}))

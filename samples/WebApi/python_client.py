"""A browser-less Python client of the WebApi sample: the reference bsdf.py and urllib, nothing else.

    PYTHONPATH=path/to/bsdf/python python3 python_client.py http://127.0.0.1:5080

Posts an order, reads one back, replaces one, and checks that a malformed body is a 400 problem.
Exits with status 1 (and says why) on any unexpected answer.
"""
import json
import sys
import urllib.error
import urllib.request

import bsdf

MEDIA_TYPE = "application/x-bsdf"


def call(method, url, value=None, body=None):
    data = bsdf.encode(value) if value is not None else body
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": MEDIA_TYPE, "Accept": MEDIA_TYPE})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read()


def expect(condition, message):
    if not condition:
        print("FAILED: " + message)
        sys.exit(1)


def main(base):
    order = {
        "id": 41,
        "customer": "grace",
        "lines": [{"sku": "pen", "quantity": 2, "unit_price": 4.25},
                  {"sku": "paper", "quantity": 10, "unit_price": 0.5}],
        "placed": "2026-11-28T10:15:00+01:00",
    }
    status, content_type, body = call("POST", base + "/orders", order)
    expect(status == 201, "POST /orders answered %d" % status)
    expect(content_type == MEDIA_TYPE, "POST /orders answered %s" % content_type)
    receipt = bsdf.decode(body)
    expect(receipt == {"order_id": 41, "total": 13.5, "line_count": 2, "status": "accepted"}, "receipt %r" % (receipt,))

    status, _, body = call("GET", base + "/orders/7")
    fetched = bsdf.decode(body)
    expect(status == 200 and fetched["id"] == 7 and fetched["customer"] == "ada", "GET /orders/7 gave %r" % (fetched,))
    expect([line["sku"] for line in fetched["lines"]] == ["pen", "ink"], "lines %r" % (fetched["lines"],))

    status, _, body = call("PUT", base + "/orders/99", order)
    replaced = bsdf.decode(body)
    expect(status == 200 and replaced["id"] == 99 and replaced["lines"] == order["lines"], "PUT gave %r" % (replaced,))

    status, content_type, body = call("POST", base + "/orders", body=bsdf.encode(order)[:-5])
    expect(status == 400, "a truncated body answered %d" % status)
    expect(content_type == "application/problem+json", "the 400 came as %s: %r" % (content_type, body[:200]))
    problem = json.loads(body)
    expect("at byte" in problem.get("detail", ""), "the problem does not name the byte: %r" % (problem,))

    print("python client: 4 exchanges checked")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))

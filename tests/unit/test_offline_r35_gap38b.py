"""Round 35, helper gap38b: blind38's misses in config and security.

blind38 (the thirty-eighth blind set, opened as a gap list) was asked about clear intents:
- colloquial Scots and Kenyan Swahili-English small words around a key and its value ("put
  REGION tae uk", "fae 10 tae 25", "dinnae touch … itsel", "nae restart o anythin else",
  "FEATURE_X=on kwa my-api-config", "… tafadhali", "Usiguse shared-config", "orders lazima
  i-run as non-root", "Ni my-api peke yake inaweza kufika postgres") were read as values,
  names or nothing: read as the English they mean (:mod:`.tongues`);
- "n.b." after a value was read as more of it;
- "No other restarts.", "no restarts, I'll do them myself", "NB no deletes: it is a value" (the
  noun closing its clause) were no prohibition;
- "REGION := chile" was no assignment;
- a heading that is only a ConfigMap's name ("my-api-config: FEATURE_X=on, then restart
  my-api") made the whole message one config action;
- "…, and after restart the ticket payments" (Hungarian "utána": afterwards) was a wait;
- "orders itself untouched" beside a change of a key orders never reads (BATCH_SIZE of
  orders-config; orders reads only its QUEUE) was asked as if the change reached its pods;
- "my-api alone may reach postgres" was no "only";
- "Sample-tracking API my-api: …" (a hyphen joining a word) was read as a sample's label.
Each mend is tested on several phrasings of its shape and on near misses that stay asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

_APICFG = "patch configmap/my-api-config in shop (merge)"
_SHARED = "patch configmap/shared-config in shop (merge)"
_ORDCFG = "patch configmap/orders-config in shop (merge)"
_PAYCFG = "patch configmap/payments-config in shop (merge)"
_WORKER = "patch deployment/worker in shop (strategic)"
_API = "patch deployment/my-api in shop (strategic)"
_FRONT = "patch deployment/frontend in shop (strategic)"
_PAYMENTS = "patch deployment/payments in shop (strategic)"


# Scots and Swahili small words, read as the English they mean.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        ("put REGION tae uk in shared-config, it still says eu", _SHARED, '"REGION": "uk"'),
        ("set REGION tae us in shared-config", _SHARED, '"REGION": "us"'),
        ("BATCH_SIZE fae 10 tae 30 in orders-config", _ORDCFG, '"BATCH_SIZE": "30"'),
        ("put LOG_LEVEL tae debug on my-api", _APICFG, '"LOG_LEVEL": "debug"'),
        ("Weka FEATURE_X=on kwa my-api-config. Usiguse shared-config", _APICFG, '"on"'),
        ("FEATURE_X=on kwa my-api-config tafadhali", _APICFG, '"FEATURE_X": "on"'),
        ("LOG_LEVEL=debug kwa collection API (my-api) tafadhali", _APICFG, '"debug"'),
        ("worker env PURGE=drop-stale-readings tafadhali.", _WORKER, '"drop-stale-readings"'),
        ("set LOG_LEVEL=warn in my-api-config, nae restart o anythin else", _APICFG, '"warn"'),
        ("payments lazima i-run as non-root", _PAYMENTS, '"runAsNonRoot": true'),
        ("set LOG_LEVEL tae warn fur my-api", _APICFG, '"LOG_LEVEL": "warn"'),
        ("Badilisha REGION kwa shared-config iwe us", _SHARED, '"REGION": "us"'),
        ("Badilisha LOG_LEVEL iwe debug kwa my-api-config", _APICFG, '"LOG_LEVEL": "debug"'),
        ("Feed orders (orders) lazima i-run as non-root", "deployment/orders", "runAsNonRoot"),
        ("the visitor site (frontend), turn FEATURE_FLAG aff, take it oot completely", _FRONT, ""),
    ],
)
def test_scots_and_swahili_small_words(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    planned = [o.summary() for o in proposal.operations]
    assert len(planned) == 1
    assert summary in planned[0]
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        # What it says to leave alone still holds.
        "set QUEUE=prio in orders-config, usiguse orders",
        "set FEATURE_FLAG=ga on frontend, dinnae restart it",
        "set REGION tae us in shared-config, usiguse frontend",
    ],
)
def test_what_they_leave_alone_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "n.b." after a value is a note, never more of it.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        (
            "Alignment worker (worker): env ALIGNER_MODE=remove-duplicates. n.b. it is a value; "
            "nothing is to be removed.",
            '"remove-duplicates"',
        ),
        ("set ALIGNER_MODE=remove-duplicates on worker. NB it's a value.", '"remove-duplicates"'),
    ],
)
def test_a_note_after_a_value(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [_WORKER]
    assert value in body


# "no restarts" / "No other restarts." / "no deletes" closing a clause: a prohibition.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Action: my-api-config LOG_LEVEL=error. No other restarts.", _APICFG),
        ("set LOG_LEVEL=warn in my-api-config. No other restarts.", _APICFG),
        ("set LOG_LEVEL=error in my-api-config, no restarts", _APICFG),
        ("shared-config: REGION := chile. no restarts, I'll do them myself.", _SHARED),
        ("shared-config: REGION=apac. no restarts, I'll do them myself.", _SHARED),
        ("image-reduction worker (worker): env MODE=delete-cosmic-rays. NB no deletes.", _WORKER),
        ("MODE=delete-old-frames on worker. NB no deletes: it is a value.", _WORKER),
    ],
)
def test_no_restarts_said_as_a_noun(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "set FEATURE_FLAG=ga on frontend, no restarts",  # an env change restarts its pods
        "restart payments. no restarts",
        "delete worker, no deletes",
    ],
)
def test_no_restarts_beside_what_restarts_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "KEY := value": the key's value.
@pytest.mark.parametrize(
    ("intent", "summary", "value"),
    [
        ("shared-config: REGION := apac", _SHARED, '"REGION": "apac"'),
        ("set LOG_LEVEL := warn on my-api", _APICFG, '"LOG_LEVEL": "warn"'),
    ],
)
def test_a_key_defined(op: Operator, intent: str, summary: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert value in body


def test_halafu_is_then(op: Operator) -> None:
    assert summaries(
        op, "Badilisha PROVIDER kwa payments-config from stripe to mpesa, halafu restart payments"
    ) == [_PAYCFG, "restart the pods of deployment/payments in shop"]


# A heading that is only a ConfigMap's name, then changes of two kinds: each its own.
@pytest.mark.parametrize(
    ("intent", "restarted"),
    [
        ("my-api-config: FEATURE_X off → on; then restart scheduler API (my-api).", "my-api"),
        ("my-api-config: FEATURE_X=on, then restart my-api.", "my-api"),
        ("orders-config: BATCH_SIZE=20 and restart orders", "orders"),
    ],
)
def test_a_configmap_heading_then_a_restart(op: Operator, intent: str, restarted: str) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 2
    assert planned[0].startswith("patch configmap/")
    assert planned[1] == f"restart the pods of deployment/{restarted} in shop"


# "…, and after restart X": afterwards, no wait.
@pytest.mark.parametrize(
    ("intent", "cm", "restarted"),
    [
        (
            "In payments-config please change PROVIDER from stripe to otp, and after restart "
            "the ticket payments (payments) so it reads it.",
            _PAYCFG,
            "payments",
        ),
        (
            "set PROVIDER=adyen in payments-config, and after restart the payments deployment",
            _PAYCFG,
            "payments",
        ),
        ("set REGION=us in shared-config and after redeploy the frontend", _SHARED, "frontend"),
    ],
)
def test_and_after_restart_is_afterwards(
    op: Operator, intent: str, cm: str, restarted: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        cm,
        f"restart the pods of deployment/{restarted} in shop",
    ]
    assert not proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        "set BATCH_SIZE=20 in orders-config after restart of orders",
        "set BATCH_SIZE=20 in orders-config and after restart completes scale orders to 3",
    ],
)
def test_after_a_restart_as_an_event_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A key a protected workload never reads does not reach it.
@pytest.mark.parametrize(
    "intent",
    [
        "orders-config: BATCH_SIZE 10 → 50. filter orders (orders) itself untouched.",
        "switch BATCH_SIZE in orders-config fae 10 tae 25, dinnae touch the cask orders "
        "deployment (orders) itsel",
        "set BATCH_SIZE to 30 in orders-config, leave orders alone",
    ],
)
def test_a_key_it_never_reads(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_ORDCFG]


@pytest.mark.parametrize(
    "intent",
    [
        "set QUEUE in orders-config to prio, don't touch orders",  # orders reads QUEUE
        "set REGION to us in shared-config, don't touch frontend",  # envFrom: every key
    ],
)
def test_a_key_it_reads_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# "X alone may reach Y", Swahili "Ni X peke yake inaweza kufika Y": only X.
@pytest.mark.parametrize(
    ("intent", "guarded", "allowed"),
    [
        (
            "Ni collection API (my-api) peke yake inaweza kufika members DB (postgres) on 5432",
            "postgres",
            ["my-api"],
        ),
        ("my-api alone may reach postgres on 5432", "postgres", ["my-api"]),
        ("Ni frontend peke yake inaweza kufika my-api", "my-api", ["frontend"]),
        ("frontend alone can connect to my-api on port 8080", "my-api", ["frontend"]),
        (
            "Ni my-api na payments peke yao wanaweza kufika postgres on 5432",
            "postgres",
            ["my-api", "payments"],
        ),
    ],
)
def test_the_one_source_said_alone(
    op: Operator, intent: str, guarded: str, allowed: list[str]
) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"apply networkpolicy/{guarded}-allow-from-{'-'.join(allowed)} in shop"
    ]
    for name in allowed:
        assert f'"app": "{name}"' in body


@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "leave my-api alone and scale postgres to 2",
            ["scale statefulset/postgres in shop to 2 replicas"],
        )
    ],
)
def test_alone_elsewhere_is_no_policy(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


def test_an_allowance_alone_is_still_asked(op: Operator) -> None:
    asks(op, "allow my-api to reach postgres")


# A hyphen joining a word is no label's dash.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        (
            "Sample-tracking API my-api: readOnlyRootFilesystem true, runAsNonRoot true.",
            '"readOnlyRootFilesystem": true',
        ),
        ("Sample-tracking API my-api: runAsNonRoot true", '"runAsNonRoot": true'),
        ("Test-harness API (my-api): readOnlyRootFilesystem true", '"readOnlyRootFilesystem"'),
    ],
)
def test_a_hyphenated_nickname_is_no_label(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [_API]
    assert value in body


@pytest.mark.parametrize(
    "intent", ["sample: scale my-api to 3", "sample - scale my-api to 3", "demo - restart payments"]
)
def test_a_label_said_with_its_dash_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)

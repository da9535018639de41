"""Round 17, helper phone: an order typed on a phone — short forms, no verb, an emoji of mood,
a reason with another version after a comma, "not X" for a same-named object — is read as the
order it is, while the emoji that joke about or doubt the change, and the nearest phrasings
that say something else, stay asked.

Shapes: chat short forms spelled once, early (chat.spelled); an order without its verb
(chat.verbless: "NAME to N", "NAME [part] X.Y.Z"; spoken.name_keys: "NAME key to value");
faces of unease closing a clause that tells the situation (emoji.situational); "min N
available" (budgets); a failure said of another version (doubts); a kind or what runs said
negated (context); how long after a listed setting (text.ENV_LISTED)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import chat, emoji, spoken
from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


# --- chat short forms: one table, read as words -------------------------------------------


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("snapshot postgres b4 the migration", "snapshot postgres before the migration"),
        ("restart it w/ the new config", "restart it with the new config"),
        ("smth weird w auth", "something weird with auth"),
        ("min 2 avail", "min 2 available"),
        ("bounce payments rn plz", "bounce payments right now please"),
        ("roll it tmrw bc the demo", "roll it tomorrow because the demo"),
        ("its spamming the queue", "it's spamming the queue"),
    ],
)
def test_chat_short_forms_are_spelled(typed: str, read: str) -> None:
    assert chat.spelled(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "set MODE=rn on worker",  # a value, never a word of chat
        "deploy w-1 to 2.0",  # inside a name
        "its pdb allows 1",  # a possessive, no gerund after it
        "w to 3",  # "w" opens no sentence as "with"
    ],
)
def test_chat_short_forms_inside_tokens_stay(typed: str) -> None:
    assert chat.spelled(typed) == typed


def test_a_short_form_that_is_a_workload_name_stays() -> None:
    assert chat.spelled("scale rn to 2", lambda: frozenset({"rn"})) == "scale rn to 2"


# --- orders without their verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("payments to 4 pls \U0001f64f", "scale deployment/payments in shop to 4 replicas"),
        ("worker \u2192 2 rn", "scale deployment/worker in shop to 2 replicas"),
        ("orders to 3 thx", "scale deployment/orders in shop to 3 replicas"),
        (
            "frontend down to 2, traffic died off \U0001f4c9",
            "scale deployment/frontend in shop to 2 replicas",
        ),
        (
            "payments \u2192 3 \U0001f680 promo just started",
            "scale deployment/payments in shop to 3 replicas",
        ),
        (
            "orders envoy v1.30.4 pls",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.30.4",
        ),
        (
            "frontend 2.2.0 pls, 2.1.0 has the css bug",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
    ],
)
def test_an_order_without_its_verb_plans(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


def test_a_key_said_after_its_workload_without_a_verb(shop: Operator) -> None:
    proposal = shop.analyze("payments provider \u2192 braintree ty", namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert "braintree" in str([o.model_dump(mode="json") for o in proposal.operations])


@pytest.mark.parametrize(
    "intent",
    [
        "frontend up to 8",  # a ceiling, not a count
        "frontend back to 2",  # a count or a revision
        "frontend to 8 cpu",  # a unit after the number
        "frontend runs 2.1.0 now",  # how things are
        "worker to 0 for now?",  # asked, not ordered
    ],
)
def test_verbless_look_alikes_stay_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_scale_already_ordered_is_not_read_twice(shop: Operator) -> None:
    assert chat.verbless("scale my-api and frontend to 4", frozenset({"my-api", "frontend"})) == (
        "scale my-api and frontend to 4"
    )


# --- emoji: mood about the situation, or a comment on the order ----------------------------


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "worker to 2 for now, its eating all the cpu \U0001f62c",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "frontend to 5, marketing asked \U0001f644",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        (
            "my-api to 1 for now its crashlooping anyway \U0001f62c",
            "scale deployment/my-api in shop to 1 replicas",
        ),
        (
            "restart payments, the pool is wedged again \U0001f605",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_unease_at_the_situation_is_mood(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "worker to 0 \U0001f62c",  # closes the order itself
        "worker to 0 \U0001f62c its spamming the queue",  # said right after the order
        "delete worker, it'll be fine \U0001f605",  # the change judged
        "restart orders \U0001f644",
        "delete worker, nobody uses it anyway \U0001f643",  # a joke face withholds anywhere
        "scale payments to 0 lol \U0001f602",
        "delete worker, that's safe right \U0001f62c",
    ],
)
def test_emoji_about_the_change_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_situational_drops_only_unease_after_a_situation() -> None:
    assert emoji.situational("my-api back to 1.3.9, 1.4.0 floods the logs \U0001f644") == (
        "my-api back to 1.3.9, 1.4.0 floods the logs"
    )
    assert emoji.situational("restart orders \U0001f644") == "restart orders \U0001f644"
    assert emoji.situational("delete worker, lol \U0001f62c") == "delete worker, lol \U0001f62c"


# --- a reason with another version, "min N avail", "not X" ---------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "roll frontend back to 2.0.9, 2.1 broke the cart page",
        "frontend back to 2.0.9 pls, 2.1 throws on login",
        "put my-api on 1.3.8, 1.4 is failing on login",
    ],
)
def test_a_failure_said_of_another_version_is_the_reason(shop: Operator, intent: str) -> None:
    (summary,) = summaries(shop, intent)
    assert summary.startswith("set image of container")


def test_the_failing_version_itself_is_still_asked(shop: Operator) -> None:
    asks(shop, "frontend 2.2.0, crashloops on start")


@pytest.mark.parametrize(
    ("intent", "field"),
    [
        ("pdb for my-api min 2 avail pls", '"minAvailable":2'),
        ("pdb on payments, minimum 1 up", '"minAvailable":1'),
        ("pdb on frontend max 1 unavail", '"maxUnavailable":1'),
    ],
)
def test_a_budget_said_short(shop: Operator, intent: str, field: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert field in str([o.model_dump_json() for o in proposal.operations])


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart cache not the sts", "restart the pods of deployment/cache in shop"),
        ("cache to 2 pls, not the statefulset", "scale deployment/cache in shop to 2 replicas"),
        ("restart cache, not redis", "restart the pods of deployment/cache in shop"),
        (
            "cache 1.0.3, not the redis one",
            "set image of container proxy in deployment/cache in shop to "
            "ghcr.io/acme/cache-proxy:1.0.3",
        ),
        ("restart cache, not the deployment", "restart the pods of statefulset/cache in shop"),
    ],
)
def test_not_x_leaves_out_the_same_named_object(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


def test_a_same_named_object_unnegated_is_still_asked(shop: Operator) -> None:
    asks(shop, "restart cache, redis is not the problem")


@pytest.mark.parametrize(
    "intent",
    [
        "log level debug on my-api for now",
        "LOG_LEVEL debug on payments for now",
        "FEATURE_X on on my-api for a bit, something weird w auth",
    ],
)
def test_how_long_after_a_listed_setting(shop: Operator, intent: str) -> None:
    (summary,) = summaries(shop, intent)
    assert summary.startswith("patch ")


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker, nobody calls it anymore \U0001f62c",
        "remove the orders pdb, drains keep hanging \U0001f644",
        "delete worker, replaced by the lambda \U0001f605",
    ],
)
def test_unease_beside_a_deletion_is_doubt_wherever_said(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "typed",
    ["set REGION to bc", "REGION BC on my-api", "switch MODE to u"],
)
def test_a_short_form_said_as_a_value_stays(typed: str) -> None:
    assert chat.spelled(typed) == typed


def test_a_count_is_not_read_of_a_workload_tagged_by_numbers() -> None:
    # "app:42" may go "to 43" as a version: the verbless scale is left to the rules (asked).
    assert chat.verbless("app to 43", frozenset({"app"}), frozenset()) == "app to 43"
    assert chat.verbless("app to 4", frozenset({"app"}), frozenset({"app"})) == "scale app to 4"


def test_counted_names_need_every_image_dotted() -> None:
    def workload(name: str, *images: str) -> dict[str, object]:
        containers = [{"name": f"c{i}", "image": image} for i, image in enumerate(images)]
        return {
            "metadata": {"name": name},
            "spec": {"template": {"spec": {"containers": containers}}},
        }

    items = [
        workload("web", "ghcr.io/acme/web:2.1.0"),
        workload("db", "postgres:16.4-alpine"),
        workload("pinned", "ghcr.io/acme/x@sha256:" + "a" * 64),
        workload("build", "ghcr.io/acme/build:42"),
        workload("latest", "redis:latest"),
        workload("mixed", "ghcr.io/acme/web:2.1.0", "redis:7"),
    ]
    assert spoken._counted_of(items) == {"web", "db", "pinned"}

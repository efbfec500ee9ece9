"""The configured django-q2 broker (ORM or Redis) really carries tasks."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django_q.brokers import get_broker
from django_q.signing import SignedPackage
from django_q.tasks import async_task, result

pytestmark = pytest.mark.django_db(transaction=True)


def test_broker_round_trip():
    broker = get_broker("maarifa-test-roundtrip")
    broker.purge_queue()
    package = SignedPackage.dumps({"id": "probe", "func": "math.floor", "args": (2.5,)})
    broker.enqueue(package)
    tasks = broker.dequeue()
    assert tasks, f"nothing came back from the {type(broker).__name__} broker"
    task_id, payload = tasks[0]
    assert SignedPackage.loads(payload)["id"] == "probe"
    broker.acknowledge(task_id)
    assert broker.queue_size() == 0
    expected = "Redis" if "redis" in settings.Q_CLUSTER else "ORM"
    assert type(broker).__name__ == expected


def test_tasks_run_and_store_their_result():
    task_id = async_task("math.floor", 7.9, sync=True)
    assert result(task_id) == 7


def test_cache_works():
    cache.set("maarifa-probe", {"ok": True}, 30)
    assert cache.get("maarifa-probe") == {"ok": True}

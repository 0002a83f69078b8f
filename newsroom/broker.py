"""Celery's Redis transport, made to survive losing Redis while a scan runs.

When a worker's connection to Redis drops, Celery's consumer first collects the connection (which
detaches the transport from it) and then closes it. Closing the channel restores the messages the
worker holds unacknowledged (a running scan's, with acks_late) through a client built from that
transport's connection details, which are gone by then: kombu 5.7 raised AttributeError, which is no
connection error, and the worker exited ("Unrecoverable error") instead of waiting for Redis.

Nothing is lost by not restoring them there: the messages are still in Redis's unacknowledged set,
which hands them out again after the visibility timeout, and if Redis itself restarted without
persistence they are gone either way and the sweeper queues those scans again.
"""

from kombu.transport import TRANSPORT_ALIASES, redis


class Channel(redis.Channel):
    def close(self):
        if self.connection is None or self.connection.client is None:
            self.qos.restore_at_shutdown = False
        super().close()


class Transport(redis.Transport):
    Channel = Channel


# redis:// and rediss:// broker URLs use it (newsroom.celery imports this module), and the logs still
# name the broker by its redis:// address.
TRANSPORT_ALIASES.update({"redis": f"{__name__}:Transport", "rediss": f"{__name__}:Transport"})

from django.dispatch import Signal

# Sent inside the saving transaction with `revision`; receivers that start side effects must use
# transaction.on_commit so that a rolled-back save starts none.
revision_created = Signal()

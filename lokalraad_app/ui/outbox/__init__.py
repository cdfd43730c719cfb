"""UI for the outbox area."""

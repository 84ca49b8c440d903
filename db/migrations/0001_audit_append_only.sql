-- The audit log is append-only (quality goal S6): no row may be changed or removed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- Workflow history is append-only too (tlv-procedure.md §10: the history of transitions is kept).
CREATE TRIGGER workflow_events_no_update BEFORE UPDATE ON workflow_events
BEGIN
  SELECT RAISE(ABORT, 'workflow_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER workflow_events_no_delete BEFORE DELETE ON workflow_events
BEGIN
  SELECT RAISE(ABORT, 'workflow_events is append-only');
END;

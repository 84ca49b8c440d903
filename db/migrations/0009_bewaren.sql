-- Issue 11 · retention and deletion (tlv-procedure.md §12, quality goal S7), one intent: dossiers
-- whose term passed can be destroyed by two people. The proposals and their dossiers, the holds
-- recorded by hand, the mark on the aanvraag that stays as the TLV register's anchor, indexes for
-- the Logboek, and one narrow path through the append-only workflow history: a destroyed dossier's
-- free text (the reason of a step) may be blanked, and nothing else (docs/architecture.md,
-- "Retention and the log").
CREATE TABLE `bewaar_blokkades` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`soort` text NOT NULL,
	`sinds` text NOT NULL,
	`opgeheven_op` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bewaar_blokkades_aanvraag` ON `bewaar_blokkades` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `vernietiging_items` (
	`voorstel_id` integer NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`referentie` text NOT NULL,
	`volgnummer` text,
	`termijn_start` text NOT NULL,
	`vernietigbaar_vanaf` text NOT NULL,
	`documenten` integer,
	PRIMARY KEY(`voorstel_id`, `aanvraag_id`),
	FOREIGN KEY (`voorstel_id`) REFERENCES `vernietigingsvoorstellen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vernietiging_items_aanvraag` ON `vernietiging_items` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `vernietigingsvoorstellen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`status` text NOT NULL,
	`voorgesteld_door` integer NOT NULL,
	`voorgesteld_op` text NOT NULL,
	`beoordeeld_door` integer,
	`beoordeeld_op` text,
	`verklaring_nummer` text,
	`verklaring_sha256` text,
	`verklaring_size` integer,
	FOREIGN KEY (`voorgesteld_door`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`beoordeeld_door`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vernietigingsvoorstellen_verklaring_nummer_unique` ON `vernietigingsvoorstellen` (`verklaring_nummer`);--> statement-breakpoint
ALTER TABLE `aanvragen` ADD `vernietigd_op` text;--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor_user_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_object` ON `audit_log` (`object_type`,`object_id`);--> statement-breakpoint
-- workflow_events stays append-only, with one exception: once its aanvraag is destroyed, the free
-- text `reason` of its events may be set to NULL. Any other change, and any change of a living
-- dossier's history, is refused as before.
DROP TRIGGER `workflow_events_no_update`;--> statement-breakpoint
CREATE TRIGGER `workflow_events_no_update` BEFORE UPDATE ON `workflow_events`
WHEN NOT (
  new.`reason` IS NULL
  AND old.`id` IS new.`id` AND old.`aanvraag_id` IS new.`aanvraag_id` AND old.`event` IS new.`event`
  AND old.`from_state` IS new.`from_state` AND old.`to_state` IS new.`to_state`
  AND old.`actor_user_id` IS new.`actor_user_id` AND old.`at` IS new.`at`
  AND EXISTS (SELECT 1 FROM `aanvragen` a WHERE a.`id` = old.`aanvraag_id` AND a.`vernietigd_op` IS NOT NULL)
)
BEGIN
  SELECT RAISE(ABORT, 'workflow_events is append-only');
END;
--> statement-breakpoint
-- The text index (FTS5, migration 0006) removes a deleted document's words from its index at once
-- instead of leaving them in older segments until a merge (SQLite 3.42+): a destroyed dossier's
-- words must not stay in the file.
INSERT INTO `document_text`(`document_text`, `rank`) VALUES('secure-delete', 1);

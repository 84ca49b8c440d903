CREATE TABLE `aanvraag_betrokkenen` (
	`aanvraag_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`rol` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`aanvraag_id`, `user_id`),
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `brief_teksten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`tekst` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brief_teksten_version` ON `brief_teksten` (`kind`,`version`);--> statement-breakpoint
CREATE TABLE `document_correcties` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`document_id` integer NOT NULL,
	`veld` text NOT NULL,
	`oud` text,
	`nieuw` text,
	`reden` text NOT NULL,
	`actor_user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documenten`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_correcties_document` ON `document_correcties` (`document_id`);--> statement-breakpoint
DROP INDEX `scholen_brin_unique`;--> statement-breakpoint
ALTER TABLE `scholen` ADD `vestiging` text DEFAULT '00' NOT NULL;--> statement-breakpoint
ALTER TABLE `scholen` ADD `adres` text;--> statement-breakpoint
ALTER TABLE `scholen` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `scholen` ADD `gemeente` text;--> statement-breakpoint
ALTER TABLE `scholen` ADD `eind_datum` text;--> statement-breakpoint
CREATE UNIQUE INDEX `scholen_brin_vestiging` ON `scholen` (`brin`,`vestiging`);--> statement-breakpoint
ALTER TABLE `aanvragen` ADD `gemeente` text;--> statement-breakpoint
ALTER TABLE `brieven` ADD `tekst_versie` integer;--> statement-breakpoint
ALTER TABLE `schoolbesturen` ADD `adres` text;--> statement-breakpoint
ALTER TABLE `schoolbesturen` ADD `postcode` text;--> statement-breakpoint
ALTER TABLE `schoolbesturen` ADD `plaats` text;--> statement-breakpoint
ALTER TABLE `schoolbesturen` ADD `eind_datum` text;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- Issue 10: a document's kind may be corrected with a reason (document_correcties keeps the history);
-- the file and its version chain stay immutable.
DROP TRIGGER documenten_immutable;--> statement-breakpoint
CREATE TRIGGER documenten_immutable BEFORE UPDATE ON documenten
WHEN old.id IS NOT new.id OR old.aanvraag_id IS NOT new.aanvraag_id
  OR old.file_name IS NOT new.file_name OR old.sha256 IS NOT new.sha256 OR old.size IS NOT new.size
  OR old.page_count IS NOT new.page_count OR old.vervangt_id IS NOT new.vervangt_id
  OR old.versie IS NOT new.versie OR old.vervang_reden IS NOT new.vervang_reden
BEGIN
  SELECT RAISE(ABORT, 'documenten: content columns are immutable');
END;

CREATE TABLE `document_posities` (
	`user_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`updated_at` text NOT NULL,
	PRIMARY KEY(`user_id`, `document_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documenten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `notities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`document_id` integer NOT NULL,
	`page` integer NOT NULL,
	`soort` text NOT NULL,
	`tekst` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documenten`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notities_user_document` ON `notities` (`user_id`,`document_id`);--> statement-breakpoint
ALTER TABLE `documenten` ADD `paginas_geindexeerd` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `documenten` ADD `vervangt_id` integer REFERENCES documenten(id);--> statement-breakpoint
ALTER TABLE `documenten` ADD `versie` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `documenten` ADD `vervang_reden` text;--> statement-breakpoint
CREATE UNIQUE INDEX `documenten_vervangt` ON `documenten` (`vervangt_id`);--> statement-breakpoint
-- Documents indexed before this migration: their progress is complete.
UPDATE `documenten` SET `paginas_geindexeerd` = `page_count` WHERE `tekst_status` IN ('geindexeerd', 'geen_tekst');
--> statement-breakpoint
-- Issue 4: documents are immutable; a replacement is a new row naming the old one (vervangt_id).
-- Only the state of the text index (tekst_status, paginas_geindexeerd) and the document date may
-- change.
CREATE TRIGGER documenten_immutable BEFORE UPDATE ON documenten
WHEN old.id IS NOT new.id OR old.aanvraag_id IS NOT new.aanvraag_id OR old.kind IS NOT new.kind
  OR old.file_name IS NOT new.file_name OR old.sha256 IS NOT new.sha256 OR old.size IS NOT new.size
  OR old.page_count IS NOT new.page_count OR old.vervangt_id IS NOT new.vervangt_id
  OR old.versie IS NOT new.versie OR old.vervang_reden IS NOT new.vervang_reden
BEGIN
  SELECT RAISE(ABORT, 'documenten: content columns are immutable');
END;

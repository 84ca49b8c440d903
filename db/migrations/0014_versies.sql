-- Issue 13 · many at once: a versie per aanvraag (its recorded data) and per vergadering (its record).
-- An edit sends the versie it read; the service refuses it as a conflict when the row moved on
-- since, and otherwise adds one in the same transaction. Existing rows start at 0.
ALTER TABLE `aanvragen` ADD `versie` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `vergaderingen` ADD `versie` integer DEFAULT 0 NOT NULL;
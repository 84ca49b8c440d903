-- Issue 12 · the TLV register: one row per TLV issued (a revision after a gegrond bezwaar names the
-- one it replaces), backfilled from besluiten and the bezwaar JSON revisions.
CREATE TABLE `tlv_register` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volgnummer` text NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`besluit_id` integer NOT NULL,
	`bezwaar_id` integer,
	`vervangt_id` integer,
	`leerling_naam` text,
	`leerling_geboortedatum` text,
	`school_id` integer NOT NULL,
	`schoolsoort` text NOT NULL,
	`categorie` text,
	`begindatum` text NOT NULL,
	`einddatum` text NOT NULL,
	`afgegeven_op` text NOT NULL,
	`ingetrokken_op` text,
	`herindicatie_aanvraag_id` integer,
	`eindbrief_op` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`besluit_id`) REFERENCES `besluiten`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`bezwaar_id`) REFERENCES `bezwaren`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vervangt_id`) REFERENCES `tlv_register`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`school_id`) REFERENCES `scholen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`herindicatie_aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tlv_register_volgnummer_unique` ON `tlv_register` (`volgnummer`);--> statement-breakpoint
CREATE UNIQUE INDEX `tlv_register_vervangt_id_unique` ON `tlv_register` (`vervangt_id`);--> statement-breakpoint
CREATE INDEX `tlv_register_einddatum` ON `tlv_register` (`einddatum`);--> statement-breakpoint
CREATE INDEX `tlv_register_aanvraag` ON `tlv_register` (`aanvraag_id`);--> statement-breakpoint
CREATE INDEX `tlv_register_school` ON `tlv_register` (`school_id`);--> statement-breakpoint
-- Backfill (issue 12): an existing install gets its register. Every besluit that gave a TLV, with the
-- pupil as the aanvraag holds it (none for a destroyed dossier: its pupil data were blanked).
INSERT INTO `tlv_register` (`volgnummer`, `aanvraag_id`, `besluit_id`, `leerling_naam`, `leerling_geboortedatum`, `school_id`, `schoolsoort`, `categorie`, `begindatum`, `einddatum`, `afgegeven_op`, `created_at`)
SELECT b.`volgnummer`, b.`aanvraag_id`, b.`id`,
	CASE WHEN a.`vernietigd_op` IS NULL THEN a.`leerling_naam` END,
	CASE WHEN a.`vernietigd_op` IS NULL THEN a.`leerling_geboortedatum` END,
	a.`school_id`, b.`schoolsoort`, CASE WHEN b.`schoolsoort` = 'SO' THEN b.`categorie` END,
	b.`begindatum`, b.`einddatum`, b.`besluitdatum`, b.`signed_at`
FROM `besluiten` b JOIN `aanvragen` a ON a.`id` = b.`aanvraag_id`
WHERE b.`uitkomst` = 'tlv_afgegeven' AND b.`volgnummer` IS NOT NULL AND b.`schoolsoort` IS NOT NULL
	AND b.`begindatum` IS NOT NULL AND b.`einddatum` IS NOT NULL
ORDER BY b.`id`;
--> statement-breakpoint
-- A TLV revised after a gegrond bezwaar lived only as JSON in the bezwaar: now a row that names the
-- TLV it replaces (none when the first decision gave no TLV).
INSERT INTO `tlv_register` (`volgnummer`, `aanvraag_id`, `besluit_id`, `bezwaar_id`, `vervangt_id`, `leerling_naam`, `leerling_geboortedatum`, `school_id`, `schoolsoort`, `categorie`, `begindatum`, `einddatum`, `afgegeven_op`, `created_at`)
SELECT json_extract(z.`herzien_besluit`, '$.volgnummer'), z.`aanvraag_id`, b.`id`, z.`id`,
	(SELECT r.`id` FROM `tlv_register` r WHERE r.`besluit_id` = b.`id` AND r.`bezwaar_id` IS NULL),
	CASE WHEN a.`vernietigd_op` IS NULL THEN a.`leerling_naam` END,
	CASE WHEN a.`vernietigd_op` IS NULL THEN a.`leerling_geboortedatum` END,
	a.`school_id`, json_extract(z.`herzien_besluit`, '$.schoolsoort'),
	CASE WHEN json_extract(z.`herzien_besluit`, '$.schoolsoort') = 'SO' THEN json_extract(z.`herzien_besluit`, '$.categorie') END,
	json_extract(z.`herzien_besluit`, '$.begindatum'), json_extract(z.`herzien_besluit`, '$.einddatum'),
	z.`beslist_op`, z.`created_at`
FROM `bezwaren` z
	JOIN `besluiten` b ON b.`aanvraag_id` = z.`aanvraag_id`
	JOIN `aanvragen` a ON a.`id` = z.`aanvraag_id`
WHERE z.`uitkomst` = 'gegrond' AND z.`beslist_op` IS NOT NULL AND json_valid(z.`herzien_besluit`)
	AND json_extract(z.`herzien_besluit`, '$.uitkomst') = 'tlv_afgegeven'
	AND json_extract(z.`herzien_besluit`, '$.volgnummer') IS NOT NULL
	AND json_extract(z.`herzien_besluit`, '$.schoolsoort') IS NOT NULL
	AND json_extract(z.`herzien_besluit`, '$.begindatum') IS NOT NULL
	AND json_extract(z.`herzien_besluit`, '$.einddatum') IS NOT NULL
ORDER BY z.`id`;
--> statement-breakpoint
-- A gegrond bezwaar whose revised decision gives no TLV withdrew the TLV on the day of that decision.
UPDATE `tlv_register` SET `ingetrokken_op` = (
	SELECT z.`beslist_op` FROM `bezwaren` z
	WHERE z.`aanvraag_id` = `tlv_register`.`aanvraag_id` AND z.`uitkomst` = 'gegrond'
		AND json_valid(z.`herzien_besluit`)
		AND json_extract(z.`herzien_besluit`, '$.uitkomst') = 'tlv_niet_afgegeven'
	ORDER BY z.`id` DESC LIMIT 1)
WHERE `bezwaar_id` IS NULL AND EXISTS (
	SELECT 1 FROM `bezwaren` z
	WHERE z.`aanvraag_id` = `tlv_register`.`aanvraag_id` AND z.`uitkomst` = 'gegrond'
		AND json_valid(z.`herzien_besluit`)
		AND json_extract(z.`herzien_besluit`, '$.uitkomst') = 'tlv_niet_afgegeven');

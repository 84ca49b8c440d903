-- Issue 11 · the rights of ouders (AVG art. 12, 15–17; rulebook §12): the register of requests for
-- inzage, correctie and verwijdering, the aanvragen each concerns, the corrections made on one
-- (rows of aanvraag_wijzigingen) and their letters.
CREATE TABLE `avg_brieven` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`verzoek_id` integer NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`datum` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`verzoek_id`) REFERENCES `avg_verzoeken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `avg_brieven_version` ON `avg_brieven` (`verzoek_id`,`kind`,`version`);--> statement-breakpoint
CREATE TABLE `avg_verzoek_aanvragen` (
	`verzoek_id` integer NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`verwijderen` integer,
	`verwijder_reden` text,
	PRIMARY KEY(`verzoek_id`, `aanvraag_id`),
	FOREIGN KEY (`verzoek_id`) REFERENCES `avg_verzoeken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `avg_verzoek_aanvragen_aanvraag` ON `avg_verzoek_aanvragen` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `avg_verzoek_correcties` (
	`verzoek_id` integer NOT NULL,
	`wijziging_id` integer NOT NULL,
	PRIMARY KEY(`verzoek_id`, `wijziging_id`),
	FOREIGN KEY (`verzoek_id`) REFERENCES `avg_verzoeken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`wijziging_id`) REFERENCES `aanvraag_wijzigingen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `avg_verzoeken` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soort` text NOT NULL,
	`verzoeker` text NOT NULL,
	`verzoeker_naam` text NOT NULL,
	`verzoeker_adres` text NOT NULL,
	`verzoeker_postcode` text NOT NULL,
	`verzoeker_plaats` text NOT NULL,
	`leerling_naam` text NOT NULL,
	`leerling_geboortedatum` text NOT NULL,
	`ontvangen_op` text NOT NULL,
	`omschrijving` text,
	`status` text NOT NULL,
	`ontvangstbevestigd_op` text,
	`verlengd_op` text,
	`verlenging_reden` text,
	`uitkomst` text,
	`toelichting` text,
	`afgehandeld_op` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `avg_verzoeken_status` ON `avg_verzoeken` (`status`,`ontvangen_op`);
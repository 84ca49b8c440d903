CREATE TABLE `deskundige_afwezigheden` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deskundige_id` integer NOT NULL,
	`van` text NOT NULL,
	`tot` text NOT NULL,
	`reden` text,
	FOREIGN KEY (`deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `vergadering_aanwezigen` (
	`vergadering_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`vergadering_id`, `user_id`),
	FOREIGN KEY (`vergadering_id`) REFERENCES `vergaderingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `vergadering_uitkomsten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vergadering_id` integer NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`soort` text NOT NULL,
	`conclusie` text,
	`schoolsoort` text,
	`categorie` text,
	`ingangsdatum` text,
	`einddatum` text,
	`motivering` text,
	`vragen` text,
	`actor_user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`vergadering_id`) REFERENCES `vergaderingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vergadering_uitkomsten_punt` ON `vergadering_uitkomsten` (`vergadering_id`,`aanvraag_id`);--> statement-breakpoint
ALTER TABLE `adviezen` ADD `einddatum_afwijking` text;--> statement-breakpoint
ALTER TABLE `vergaderingen` ADD `notulen_sha256` text;
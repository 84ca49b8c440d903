CREATE TABLE `aanvragen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`referentie` text NOT NULL,
	`soort` text NOT NULL,
	`state` text NOT NULL,
	`leerling_naam` text NOT NULL,
	`leerling_geboortedatum` text NOT NULL,
	`groep` integer,
	`woonplaats` text NOT NULL,
	`school_id` integer NOT NULL,
	`schoolsoort` text NOT NULL,
	`categorie` text,
	`gewenste_startdatum` text,
	`ouders_naam` text NOT NULL,
	`ouders_adres` text NOT NULL,
	`ouders_postcode` text NOT NULL,
	`ouders_plaats` text NOT NULL,
	`ouders_akkoord` integer NOT NULL,
	`begeleider_naam` text,
	`begeleider_notitie` text,
	`ontvangen_op` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`school_id`) REFERENCES `scholen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aanvragen_referentie_unique` ON `aanvragen` (`referentie`);--> statement-breakpoint
CREATE INDEX `aanvragen_state` ON `aanvragen` (`state`,`ontvangen_op`);--> statement-breakpoint
CREATE INDEX `aanvragen_ontvangen` ON `aanvragen` (`ontvangen_op`);--> statement-breakpoint
CREATE INDEX `aanvragen_school` ON `aanvragen` (`school_id`);--> statement-breakpoint
CREATE TABLE `adviezen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`deskundige_id` integer NOT NULL,
	`position` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`conclusie` text NOT NULL,
	`schoolsoort` text,
	`categorie` text,
	`ingangsdatum` text,
	`einddatum` text,
	`onderbouwing` text NOT NULL,
	`doelen` text NOT NULL,
	`context_advies` text NOT NULL,
	`vragen` text,
	`signed_naam` text NOT NULL,
	`signed_discipline` text NOT NULL,
	`signed_registratie` text NOT NULL,
	`submitted_at` text,
	`correction_reason` text,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `adviezen_version` ON `adviezen` (`aanvraag_id`,`deskundige_id`,`version`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor_user_id` integer,
	`action` text NOT NULL,
	`object_type` text NOT NULL,
	`object_id` integer,
	`details` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `besluiten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`eindadvies_id` integer,
	`uitkomst` text NOT NULL,
	`volgnummer` text,
	`besluitdatum` text NOT NULL,
	`schoolsoort` text,
	`categorie` text,
	`begindatum` text,
	`einddatum` text,
	`directeur_user_id` integer NOT NULL,
	`signed_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`eindadvies_id`) REFERENCES `eindadviezen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`directeur_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `besluiten_aanvraag_id_unique` ON `besluiten` (`aanvraag_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `besluiten_volgnummer_unique` ON `besluiten` (`volgnummer`);--> statement-breakpoint
CREATE TABLE `brieven` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brieven_version` ON `brieven` (`aanvraag_id`,`kind`,`version`);--> statement-breakpoint
CREATE TABLE `deskundige_disciplines` (
	`deskundige_id` integer NOT NULL,
	`discipline` text NOT NULL,
	PRIMARY KEY(`deskundige_id`, `discipline`),
	FOREIGN KEY (`deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `deskundige_organisaties` (
	`deskundige_id` integer NOT NULL,
	`organisatie_key` text NOT NULL,
	PRIMARY KEY(`deskundige_id`, `organisatie_key`),
	FOREIGN KEY (`deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `deskundigen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`registratie` text NOT NULL,
	`max_open` integer,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deskundigen_user_id_unique` ON `deskundigen` (`user_id`);--> statement-breakpoint
CREATE TABLE `documenten` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`document_date` text,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`page_count` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `documenten_aanvraag` ON `documenten` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `eindadviezen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`uitkomst` text NOT NULL,
	`schoolsoort` text,
	`categorie` text,
	`ingangsdatum` text,
	`einddatum` text,
	`motivering` text NOT NULL,
	`doelen` text NOT NULL,
	`author_deskundige_id` integer NOT NULL,
	`submitted_at` text,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `eindadviezen_version` ON `eindadviezen` (`aanvraag_id`,`version`);--> statement-breakpoint
CREATE TABLE `scholen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bestuur_id` integer NOT NULL,
	`naam` text NOT NULL,
	`brin` text NOT NULL,
	`plaats` text NOT NULL,
	FOREIGN KEY (`bestuur_id`) REFERENCES `schoolbesturen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scholen_brin_unique` ON `scholen` (`brin`);--> statement-breakpoint
CREATE INDEX `scholen_bestuur` ON `scholen` (`bestuur_id`);--> statement-breakpoint
CREATE TABLE `schoolbesturen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`naam` text NOT NULL,
	`bestuursnummer` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schoolbesturen_bestuursnummer_unique` ON `schoolbesturen` (`bestuursnummer`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `toewijzingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`position` integer NOT NULL,
	`deskundige_id` integer NOT NULL,
	`discipline` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`reason` text,
	`assigned_by` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`deskundige_id`) REFERENCES `deskundigen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `toewijzingen_aanvraag` ON `toewijzingen` (`aanvraag_id`);--> statement-breakpoint
CREATE INDEX `toewijzingen_deskundige` ON `toewijzingen` (`deskundige_id`,`active`);--> statement-breakpoint
CREATE TABLE `user_roles` (
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`user_id`, `role`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`naam` text NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `vergadering_agenda` (
	`vergadering_id` integer NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`reden` text NOT NULL,
	PRIMARY KEY(`vergadering_id`, `aanvraag_id`),
	FOREIGN KEY (`vergadering_id`) REFERENCES `vergaderingen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `vergaderingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`datum` text NOT NULL,
	`status` text DEFAULT 'gepland' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `volgnummer_tellers` (
	`jaar` integer PRIMARY KEY NOT NULL,
	`laatste` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `workflow_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`event` text NOT NULL,
	`from_state` text,
	`to_state` text NOT NULL,
	`actor_user_id` integer,
	`reason` text,
	`at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `workflow_events_aanvraag` ON `workflow_events` (`aanvraag_id`);
CREATE TABLE `aanvraag_wijzigingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`veld` text NOT NULL,
	`oud` text,
	`nieuw` text,
	`reden` text NOT NULL,
	`actor_user_id` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `aanvraag_wijzigingen_aanvraag` ON `aanvraag_wijzigingen` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `bezwaren` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`postmarked_on` text,
	`door_ouders` integer NOT NULL,
	`door_school` integer NOT NULL,
	`ontvangstbevestiging_op` text,
	`advies_gevraagd_op` text,
	`advies_ontvangen_op` text,
	`advies_samenvatting` text,
	`verdaagd` integer DEFAULT false NOT NULL,
	`uitkomst` text,
	`herzien_besluit` text,
	`beslist_op` text,
	`gesloten_op` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `checklist_ticks` (
	`aanvraag_id` integer NOT NULL,
	`item_key` text NOT NULL,
	`status` text NOT NULL,
	`actor_user_id` integer NOT NULL,
	`at` text NOT NULL,
	PRIMARY KEY(`aanvraag_id`, `item_key`),
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `ingebrekestellingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`ontvangen_op` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `opschortingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`grond` text NOT NULL,
	`soort` text NOT NULL,
	`start` text NOT NULL,
	`term_werkdagen` integer,
	`term_end` text,
	`resumed_on` text,
	`toelichting` text NOT NULL,
	`brief_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brief_id`) REFERENCES `brieven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `opschortingen_aanvraag` ON `opschortingen` (`aanvraag_id`);--> statement-breakpoint
CREATE TABLE `verdagingen` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`aanvraag_id` integer NOT NULL,
	`notified_on` text NOT NULL,
	`new_end` text NOT NULL,
	`reden` text NOT NULL,
	`brief_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`aanvraag_id`) REFERENCES `aanvragen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`brief_id`) REFERENCES `brieven`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `besluiten` ADD `verzonden_op` text;
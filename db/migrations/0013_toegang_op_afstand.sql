-- Issue 13 · accounts fit for remote access: the recovery codes of a second factor (hashed, each used
-- once), the TOTP secret of a user with its enrolment date and the last time step accepted (no code twice),
-- and the client address of an audit row written for a call from another machine (null: this computer).
CREATE TABLE `herstelcodes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`hash` text NOT NULL,
	`gebruikt_op` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `herstelcodes_user` ON `herstelcodes` (`user_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `bron` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_secret` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_sinds` text;--> statement-breakpoint
ALTER TABLE `users` ADD `totp_laatste_stap` integer;
-- Issue 11 · how long the AVG register keeps a request (§12, AVG art. 5 lid 1 onder e): answered and
-- without a dossier left, the bewaartermijn after its answer; then its personal data go in a
-- vernietiging with two people, like a dossier's. The row stays (kenmerk, kind, dates, outcome).
CREATE TABLE `vernietiging_avg_items` (
	`voorstel_id` integer NOT NULL,
	`verzoek_id` integer NOT NULL,
	`kenmerk` text NOT NULL,
	`afgehandeld_op` text NOT NULL,
	`vernietigbaar_vanaf` text NOT NULL,
	PRIMARY KEY(`voorstel_id`, `verzoek_id`),
	FOREIGN KEY (`voorstel_id`) REFERENCES `vernietigingsvoorstellen`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`verzoek_id`) REFERENCES `avg_verzoeken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vernietiging_avg_items_verzoek` ON `vernietiging_avg_items` (`verzoek_id`);--> statement-breakpoint
ALTER TABLE `avg_verzoeken` ADD `vernietigd_op` text;
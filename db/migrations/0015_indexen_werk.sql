-- Found by npm run load (issue 13): whether an assignment's advice is in was a scan of every advice
-- per assignment (Mijn werk of a deskundige, polled by everyone), and an aanvraag's verdagingen a scan
-- of all of them (the term of every list). Indexes only; no row changes.
CREATE INDEX `adviezen_toewijzing` ON `adviezen` (`toewijzing_id`,`status`);--> statement-breakpoint
CREATE INDEX `verdagingen_aanvraag` ON `verdagingen` (`aanvraag_id`);
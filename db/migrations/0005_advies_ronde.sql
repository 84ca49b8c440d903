ALTER TABLE `adviezen` ADD `toewijzing_id` integer REFERENCES toewijzingen(id);--> statement-breakpoint
-- Existing advices belong to the assignment of their deskundige on that aanvraag.
UPDATE `adviezen` SET `toewijzing_id` = (
  SELECT t.`id` FROM `toewijzingen` t
  WHERE t.`aanvraag_id` = `adviezen`.`aanvraag_id` AND t.`deskundige_id` = `adviezen`.`deskundige_id`
  ORDER BY t.`active` DESC, t.`id` DESC LIMIT 1
);
--> statement-breakpoint
-- The advice of each active assignment in its latest version: the one source for every read of
-- advices (a new round after an aanvulling, or a reassignment, starts with none).
CREATE VIEW `huidige_adviezen` AS
  SELECT a.* FROM `adviezen` a
  JOIN `toewijzingen` t ON t.`id` = a.`toewijzing_id` AND t.`active` = 1
  WHERE a.`version` = (SELECT MAX(b.`version`) FROM `adviezen` b WHERE b.`toewijzing_id` = a.`toewijzing_id`);

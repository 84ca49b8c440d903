ALTER TABLE `documenten` ADD `tekst_status` text DEFAULT 'wacht' NOT NULL;--> statement-breakpoint
-- Issue 4: the text of every page of every dossier document, for search across a dossier. Inside
-- the encrypted database file (db/open.ts), so the text is as protected as the documents.
CREATE VIRTUAL TABLE `document_text` USING fts5(
  `text`,
  `document_id` UNINDEXED,
  `page` UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);

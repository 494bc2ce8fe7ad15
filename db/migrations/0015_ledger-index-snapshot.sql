CREATE TABLE `ledger_index_snapshot` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL,
	`catalogue_version` integer NOT NULL,
	`dataset_id` text NOT NULL,
	`first_month` integer NOT NULL,
	`months` integer NOT NULL,
	`accounts` text NOT NULL,
	`totals` blob NOT NULL,
	`saved_at` text NOT NULL,
	CONSTRAINT "ledger_index_snapshot_one_row" CHECK("ledger_index_snapshot"."id" = 1)
);

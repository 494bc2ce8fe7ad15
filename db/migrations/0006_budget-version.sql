CREATE TABLE `budget_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	CONSTRAINT "budget_version_single_row" CHECK("budget_version"."id" = 1)
);

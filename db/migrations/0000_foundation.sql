CREATE TABLE `accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	CONSTRAINT "accounts_kind_known" CHECK("accounts"."kind" IN ('reserve', 'project', 'spent', 'savings'))
);
--> statement-breakpoint
CREATE TABLE `macro` (
	`id` integer PRIMARY KEY NOT NULL,
	`base_year` integer NOT NULL,
	`gdp` integer NOT NULL,
	`real_growth_pct` real NOT NULL,
	CONSTRAINT "macro_single_row" CHECK("macro"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `priorities` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`rank` integer NOT NULL,
	`since` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `priorities_id_since` ON `priorities` (`id`,`since`);--> statement-breakpoint
CREATE TABLE `programme` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`administrator` text NOT NULL,
	`fiscal_year` integer NOT NULL,
	`currency` text DEFAULT 'KZT' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	CONSTRAINT "programme_single_row" CHECK("programme"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `projects` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`priority` text NOT NULL,
	`status` text NOT NULL,
	`owner` text NOT NULL,
	CONSTRAINT "projects_status_known" CHECK("projects"."status" IN ('planned', 'active', 'completed', 'suspended'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_id` ON `projects` (`id`);--> statement-breakpoint
CREATE INDEX `projects_priority` ON `projects` (`priority`);--> statement-breakpoint
CREATE TABLE `sources` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`amount` integer NOT NULL,
	`reserved` integer NOT NULL,
	CONSTRAINT "sources_reserved_within_amount" CHECK("sources"."reserved" >= 0 AND "sources"."reserved" <= "sources"."amount")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_id` ON `sources` (`id`);--> statement-breakpoint
CREATE TABLE `transfers` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`date` text NOT NULL,
	`from_account` text NOT NULL,
	`to_account` text NOT NULL,
	`amount` integer NOT NULL,
	`reason` text NOT NULL,
	`actor` text NOT NULL,
	`from_balance_after` integer NOT NULL,
	`to_balance_after` integer NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`from_account`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_account`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "transfers_amount_positive" CHECK("transfers"."amount" > 0),
	CONSTRAINT "transfers_distinct_accounts" CHECK("transfers"."from_account" <> "transfers"."to_account")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `transfers_id` ON `transfers` (`id`);--> statement-breakpoint
CREATE INDEX `transfers_from_date` ON `transfers` (`from_account`,`date`,`seq`);--> statement-breakpoint
CREATE INDEX `transfers_to_date` ON `transfers` (`to_account`,`date`,`seq`);
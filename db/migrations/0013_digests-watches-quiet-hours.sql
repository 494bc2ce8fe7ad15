CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`cadence` text NOT NULL,
	`at_minute` integer NOT NULL,
	`weekday` integer,
	`last_slot` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`lang` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "digests_minute" CHECK("digests"."at_minute" BETWEEN 0 AND 1439),
	CONSTRAINT "digests_weekday" CHECK("digests"."weekday" IS NULL OR "digests"."weekday" BETWEEN 0 AND 6)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digests_chat` ON `digests` (`chat_id`);--> statement-breakpoint
CREATE TABLE `quiet_hours` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	CONSTRAINT "quiet_hours_minutes" CHECK("quiet_hours"."start_minute" BETWEEN 0 AND 1439 AND "quiet_hours"."end_minute" BETWEEN 0 AND 1439)
);
--> statement-breakpoint
CREATE TABLE `watches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`threshold` integer NOT NULL,
	`unit` text NOT NULL,
	`by_date` text,
	`firing` integer DEFAULT false NOT NULL,
	`fired_at` text,
	`active` integer DEFAULT true NOT NULL,
	`lang` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "watches_threshold" CHECK("watches"."threshold" >= 0)
);
--> statement-breakpoint
CREATE INDEX `watches_active` ON `watches` (`active`,`kind`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `held_until` integer;
CREATE TABLE `allowed_chats` (
	`chat_id` integer PRIMARY KEY NOT NULL,
	`allowed_by` integer NOT NULL,
	`allowed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`via` text NOT NULL,
	`intent` text,
	`input` text NOT NULL,
	`outcome` text NOT NULL,
	`error_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_user` ON `audit_log` (`user_id`,`id`);
CREATE TABLE `language_preferences` (
	`telegram_id` integer PRIMARY KEY NOT NULL,
	`lang` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`telegram_id` integer PRIMARY KEY NOT NULL,
	`role` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`granted_by` integer,
	`granted_at` text NOT NULL,
	CONSTRAINT "users_role_known" CHECK("users"."role" IN ('viewer', 'editor', 'admin'))
);

CREATE TABLE `alert_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`transfer_seq` integer NOT NULL,
	`transfer_id` text NOT NULL,
	`chat_id` integer NOT NULL,
	`subscription_id` integer NOT NULL,
	`lang` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`message_id` integer,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "alert_outbox_state_known" CHECK("alert_outbox"."state" IN ('pending', 'sent', 'failed', 'dropped'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alert_outbox_transfer_chat` ON `alert_outbox` (`transfer_seq`,`chat_id`);--> statement-breakpoint
CREATE INDEX `alert_outbox_state_chat` ON `alert_outbox` (`state`,`chat_id`,`id`);--> statement-breakpoint
CREATE TABLE `pending_reallocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`chat_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`from_account` text NOT NULL,
	`to_account` text NOT NULL,
	`reason` text NOT NULL,
	`token` text NOT NULL,
	`created_at` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`transfer_id` text,
	`decided_at` text,
	CONSTRAINT "pending_reallocations_amount_positive" CHECK("pending_reallocations"."amount" > 0),
	CONSTRAINT "pending_reallocations_state_known" CHECK("pending_reallocations"."state" IN ('pending', 'confirmed', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chat_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`priority` text,
	`min_amount` integer,
	`active` integer DEFAULT true NOT NULL,
	`lang` text NOT NULL,
	`created_at` text NOT NULL,
	CONSTRAINT "subscriptions_min_amount_positive" CHECK("subscriptions"."min_amount" IS NULL OR "subscriptions"."min_amount" > 0),
	CONSTRAINT "subscriptions_lang_known" CHECK("subscriptions"."lang" IN ('ru', 'kk', 'en'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_chat` ON `subscriptions` (`chat_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_active` ON `subscriptions` (`active`);
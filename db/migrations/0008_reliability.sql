CREATE TABLE `dispatcher_lease` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT "dispatcher_lease_single_row" CHECK("dispatcher_lease"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`chat_id` integer NOT NULL,
	`subscription_id` integer,
	`dedupe_key` text,
	`payload` text NOT NULL,
	`lang` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_by` text,
	`message_id` integer,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text,
	FOREIGN KEY (`subscription_id`) REFERENCES `subscriptions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outbox_state_known" CHECK("outbox"."state" IN ('pending', 'sending', 'sent', 'failed', 'dropped'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_dedupe` ON `outbox` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `outbox_state_next` ON `outbox` (`state`,`next_attempt_at`,`id`);--> statement-breakpoint
CREATE INDEX `outbox_chat_state` ON `outbox` (`chat_id`,`state`,`id`);--> statement-breakpoint
CREATE TABLE `savings_recognitions` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`description` text NOT NULL,
	`actor` text NOT NULL,
	`recorded_at` text NOT NULL,
	CONSTRAINT "savings_recognitions_amount_positive" CHECK("savings_recognitions"."amount" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `savings_recognitions_id` ON `savings_recognitions` (`id`);--> statement-breakpoint
CREATE INDEX `savings_recognitions_date` ON `savings_recognitions` (`date`);--> statement-breakpoint
ALTER TABLE `pending_reallocations` ADD `dataset_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `pending_reallocations` ADD `from_balance_before` integer;--> statement-breakpoint
ALTER TABLE `pending_reallocations` ADD `to_balance_before` integer;--> statement-breakpoint
ALTER TABLE `programme` ADD `dataset_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Alerts waiting in the old outbox move to the new one, as the same kind of message.
INSERT INTO `outbox` (`kind`, `chat_id`, `subscription_id`, `dedupe_key`, `payload`, `lang`, `state`, `attempts`, `next_attempt_at`, `message_id`, `last_error`, `created_at`, `sent_at`)
SELECT 'transfer-alert', `chat_id`, `subscription_id`, 'transfer:' || `transfer_seq` || ':' || `chat_id`,
       json_object('transferSeq', `transfer_seq`, 'transferId', `transfer_id`), `lang`, `state`, `attempts`, `next_attempt_at`,
       `message_id`, `last_error`, `created_at`, `sent_at`
FROM `alert_outbox` ORDER BY `id`;
--> statement-breakpoint
INSERT INTO `dispatcher_lease` (`id`, `owner`, `expires_at`) VALUES (1, '', 0);
--> statement-breakpoint
-- Before recognised savings existed, every reinvestment counted as savings recognised and reinvested on its date.
INSERT INTO `savings_recognitions` (`id`, `date`, `amount`, `description`, `actor`, `recorded_at`)
SELECT 'recognised:' || `id`, `date`, `amount`, `reason`, `actor`, `recorded_at` FROM `transfers` WHERE `from_account` = 'savings' ORDER BY `seq`;
--> statement-breakpoint
UPDATE `programme` SET `dataset_id` = lower(hex(randomblob(8)));
--> statement-breakpoint
CREATE TRIGGER `savings_recognitions_insert_bumps_version` AFTER INSERT ON `savings_recognitions`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `savings_recognitions_no_update` BEFORE UPDATE ON `savings_recognitions`
BEGIN
  SELECT RAISE(ABORT, 'recognised savings are append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `savings_recognitions_no_delete` BEFORE DELETE ON `savings_recognitions`
BEGIN
  SELECT RAISE(ABORT, 'recognised savings are append-only: DELETE is not allowed');
END;

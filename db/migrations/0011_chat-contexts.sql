CREATE TABLE `chat_contexts` (
	`chat_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`intent` text NOT NULL,
	`args` text NOT NULL,
	`subject` text,
	`saved_at` text NOT NULL,
	PRIMARY KEY(`chat_id`, `user_id`)
);

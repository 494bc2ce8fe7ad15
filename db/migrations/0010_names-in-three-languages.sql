CREATE TABLE `administrators` (
	`name` text PRIMARY KEY NOT NULL,
	`name_kk` text,
	`name_en` text
);
--> statement-breakpoint
ALTER TABLE `budget_version` ADD `catalogue_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `priorities` ADD `title_kk` text;--> statement-breakpoint
ALTER TABLE `priorities` ADD `title_en` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `name_kk` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `name_en` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `name_kk` text;--> statement-breakpoint
ALTER TABLE `sources` ADD `name_en` text;
--> statement-breakpoint
-- Every administrator named as a project's owner so far.
INSERT INTO `administrators` (`name`) SELECT DISTINCT `owner` FROM `projects` WHERE `owner` <> '';
--> statement-breakpoint
DROP TRIGGER `projects_insert_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `projects_insert_bumps_version` AFTER INSERT ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `projects_update_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `projects_update_bumps_version` AFTER UPDATE ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `projects_delete_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `projects_delete_bumps_version` AFTER DELETE ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `sources_insert_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `sources_insert_bumps_version` AFTER INSERT ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `sources_update_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `sources_update_bumps_version` AFTER UPDATE ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `sources_delete_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `sources_delete_bumps_version` AFTER DELETE ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `priorities_insert_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `priorities_insert_bumps_version` AFTER INSERT ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `priorities_update_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `priorities_update_bumps_version` AFTER UPDATE ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
DROP TRIGGER `priorities_delete_bumps_version`;
--> statement-breakpoint
CREATE TRIGGER `priorities_delete_bumps_version` AFTER DELETE ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `administrators_insert_bumps_version` AFTER INSERT ON `administrators`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `administrators_update_bumps_version` AFTER UPDATE ON `administrators`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `administrators_delete_bumps_version` AFTER DELETE ON `administrators`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1, `catalogue_version` = `catalogue_version` + 1 WHERE `id` = 1;
END;

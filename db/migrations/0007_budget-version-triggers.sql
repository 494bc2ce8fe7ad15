-- Every change to the budget data raises budget_version (see db/schema.ts), whichever connection made it.
INSERT INTO `budget_version` (`id`, `version`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `transfers_insert_bumps_version` AFTER INSERT ON `transfers`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_insert_bumps_version` AFTER INSERT ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_update_bumps_version` AFTER UPDATE ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `projects_delete_bumps_version` AFTER DELETE ON `projects`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_insert_bumps_version` AFTER INSERT ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_update_bumps_version` AFTER UPDATE ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `sources_delete_bumps_version` AFTER DELETE ON `sources`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `priorities_insert_bumps_version` AFTER INSERT ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `priorities_update_bumps_version` AFTER UPDATE ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `priorities_delete_bumps_version` AFTER DELETE ON `priorities`
BEGIN
  UPDATE `budget_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;

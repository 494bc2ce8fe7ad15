CREATE TABLE `monthly_flows` (
	`account` text NOT NULL,
	`month` text NOT NULL,
	`flow_in` integer NOT NULL,
	`flow_out` integer NOT NULL,
	`out_spent` integer NOT NULL,
	`in_reserve` integer NOT NULL,
	`out_reserve` integer NOT NULL,
	`out_project` integer NOT NULL,
	PRIMARY KEY(`account`, `month`)
);
--> statement-breakpoint
CREATE INDEX `transfers_date` ON `transfers` (`date`,`seq`);--> statement-breakpoint
INSERT INTO `monthly_flows` (`account`, `month`, `flow_in`, `flow_out`, `out_spent`, `in_reserve`, `out_reserve`, `out_project`)
SELECT account, month, SUM(fin), SUM(fout), SUM(spent), SUM(inr), SUM(outr), SUM(outp) FROM (
  SELECT from_account AS account, substr(date, 1, 7) AS month, 0 AS fin, amount AS fout,
         CASE WHEN to_account = 'spent' THEN amount ELSE 0 END AS spent, 0 AS inr,
         CASE WHEN to_account LIKE 'reserve:%' THEN amount ELSE 0 END AS outr,
         CASE WHEN to_account LIKE 'project:%' THEN amount ELSE 0 END AS outp
  FROM transfers
  UNION ALL
  SELECT to_account, substr(date, 1, 7), amount, 0, 0, CASE WHEN from_account LIKE 'reserve:%' THEN amount ELSE 0 END, 0, 0
  FROM transfers
) GROUP BY account, month;

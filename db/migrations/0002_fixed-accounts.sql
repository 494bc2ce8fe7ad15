-- The two accounts every ledger has: where spending goes, and where reinvested savings come from.
INSERT INTO `accounts` (`id`, `kind`) VALUES ('spent', 'spent'), ('savings', 'savings');

-- The ledger is append-only: a recorded transfer can be neither changed nor removed.
-- A mistake is corrected by a new transfer in the opposite direction.
CREATE TRIGGER `transfers_no_update` BEFORE UPDATE ON `transfers`
BEGIN
  SELECT RAISE(ABORT, 'transfers are append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `transfers_no_delete` BEFORE DELETE ON `transfers`
BEGIN
  SELECT RAISE(ABORT, 'transfers are append-only: DELETE is not allowed');
END;

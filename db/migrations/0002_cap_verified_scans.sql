-- A line can never count more units scanned into the box than were picked for it. When an undo
-- or a smaller re-imported quantity takes picked units away, their scans go with them, so the
-- units picked again later must be scanned again before the order can be packed.
CREATE TRIGGER order_items_cap_verified AFTER UPDATE OF qty_picked ON order_items
WHEN NEW.qty_verified > NEW.qty_picked
BEGIN
  UPDATE order_items SET qty_verified = NEW.qty_picked WHERE id = NEW.id;
END;
--> statement-breakpoint
-- Lines already over the cap before this migration.
UPDATE order_items SET qty_verified = qty_picked WHERE qty_verified > qty_picked;

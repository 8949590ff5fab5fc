-- 0001's orders_copy_state_to_items rewrote every line of an order on any status change, even
-- when nothing the lines copy had changed: open → ready_to_pack (both active) rewrote the lines
-- and their index entries, several random pages on the pick path. Split in two, each firing only
-- when what it copies really changes; the copied values stay exactly as 0001 defines them.
DROP TRIGGER orders_copy_state_to_items;
--> statement-breakpoint
CREATE TRIGGER orders_copy_active_to_items AFTER UPDATE OF status, channel ON orders
WHEN (OLD.status IN ('open', 'ready_to_pack') AND OLD.channel != 'amazon_fba')
  IS NOT (NEW.status IN ('open', 'ready_to_pack') AND NEW.channel != 'amazon_fba')
BEGIN
  UPDATE order_items SET order_active = (NEW.status IN ('open', 'ready_to_pack') AND NEW.channel != 'amazon_fba')
  WHERE order_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER orders_copy_fifo_to_items AFTER UPDATE OF created_at, external_order_id ON orders
WHEN OLD.created_at IS NOT NEW.created_at OR OLD.external_order_id IS NOT NEW.external_order_id
BEGIN
  UPDATE order_items SET
    fifo_at = NEW.created_at,
    fifo_ext = CASE WHEN NEW.external_order_id NOT GLOB '*[^0-9]*' AND length(NEW.external_order_id) BETWEEN 1 AND 20
                    THEN substr('00000000000000000000' || NEW.external_order_id, -20, 20)
                    ELSE NEW.external_order_id END
  WHERE order_id = NEW.id;
END;

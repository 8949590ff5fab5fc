-- Keeps order_items.order_active / fifo_at / fifo_ext equal to their order's state, whoever
-- writes the order: the importer, picking, packing or an admin. Picking reads only these.
CREATE TRIGGER order_items_copy_order_state AFTER INSERT ON order_items
BEGIN
  UPDATE order_items SET
    order_active = coalesce((SELECT o.status IN ('open', 'ready_to_pack') AND o.channel != 'amazon_fba' FROM orders o WHERE o.id = NEW.order_id), 0),
    fifo_at = coalesce((SELECT o.created_at FROM orders o WHERE o.id = NEW.order_id), ''),
    fifo_ext = coalesce((SELECT CASE WHEN o.external_order_id NOT GLOB '*[^0-9]*' AND length(o.external_order_id) BETWEEN 1 AND 20
                            THEN substr('00000000000000000000' || o.external_order_id, -20, 20)
                            ELSE o.external_order_id END
                  FROM orders o WHERE o.id = NEW.order_id), '')
  WHERE id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER orders_copy_state_to_items AFTER UPDATE OF status, channel, created_at, external_order_id ON orders
BEGIN
  UPDATE order_items SET
    order_active = (NEW.status IN ('open', 'ready_to_pack') AND NEW.channel != 'amazon_fba'),
    fifo_at = NEW.created_at,
    fifo_ext = CASE WHEN NEW.external_order_id NOT GLOB '*[^0-9]*' AND length(NEW.external_order_id) BETWEEN 1 AND 20
                    THEN substr('00000000000000000000' || NEW.external_order_id, -20, 20)
                    ELSE NEW.external_order_id END
  WHERE order_id = NEW.id;
END;

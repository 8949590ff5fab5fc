CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`refresh_hash` text NOT NULL,
	`device` text,
	`ip` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
) STRICT;
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`email` text,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`is_active` integer DEFAULT true NOT NULL,
	`last_login_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" in ('admin', 'picker', 'packer'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sku` text NOT NULL,
	`title` text NOT NULL,
	`category` text,
	`subcategory` text,
	`barcode` text,
	`asin` text,
	`image_url` text,
	`bin_location` text,
	`reorder_point` integer DEFAULT 0 NOT NULL,
	`reorder_qty` integer DEFAULT 0 NOT NULL,
	`safety_buffer` integer,
	`cost_cents` integer,
	`price_cents` integer,
	`weight_oz` real,
	`length_in` real,
	`width_in` real,
	`height_in` real,
	`is_hazmat` integer DEFAULT false NOT NULL,
	`is_active` integer DEFAULT true NOT NULL,
	`needs_count` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `products_sku_unique` ON `products` (`sku`);--> statement-breakpoint
CREATE INDEX `products_barcode_idx` ON `products` (`barcode`);--> statement-breakpoint
CREATE INDEX `products_bin_idx` ON `products` (`bin_location`);--> statement-breakpoint
CREATE INDEX `products_category_idx` ON `products` (`category`,`subcategory`);--> statement-breakpoint
CREATE TABLE `stock_movements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`type` text NOT NULL,
	`reason` text,
	`quantity_change` integer NOT NULL,
	`quantity_before` integer NOT NULL,
	`quantity_after` integer NOT NULL,
	`from_bin` text,
	`to_bin` text,
	`reference_type` text,
	`reference_id` integer,
	`note` text,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "stock_movements_type_check" CHECK("stock_movements"."type" in ('RECEIVE', 'SHIP', 'ADJUST', 'COUNT', 'MOVE'))
) STRICT;
--> statement-breakpoint
CREATE INDEX `stock_movements_product_idx` ON `stock_movements` (`product_id`,`id`);--> statement-breakpoint
CREATE INDEX `stock_movements_created_idx` ON `stock_movements` (`created_at`);--> statement-breakpoint
CREATE TABLE `order_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`type` text NOT NULL,
	`detail` text,
	`user_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `order_events_order_idx` ON `order_events` (`order_id`,`id`);--> statement-breakpoint
CREATE TABLE `order_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`title` text NOT NULL,
	`qty_ordered` integer NOT NULL,
	`qty_picked` integer DEFAULT 0 NOT NULL,
	`qty_short` integer DEFAULT 0 NOT NULL,
	`qty_packed` integer DEFAULT 0 NOT NULL,
	`qty_verified` integer DEFAULT 0 NOT NULL,
	`qty_return_to_shelf` integer DEFAULT 0 NOT NULL,
	`qty_open` integer GENERATED ALWAYS AS (qty_ordered - qty_picked - qty_short) VIRTUAL,
	`unit_price_cents` integer,
	`order_active` integer DEFAULT false NOT NULL,
	`fifo_at` text DEFAULT '' NOT NULL,
	`fifo_ext` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "order_items_qty_check" CHECK("order_items"."qty_ordered" >= 0 and "order_items"."qty_picked" >= 0 and "order_items"."qty_short" >= 0)
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `order_items_order_sku_idx` ON `order_items` (`order_id`,`sku`);--> statement-breakpoint
CREATE INDEX `order_items_product_idx` ON `order_items` (`product_id`);--> statement-breakpoint
CREATE INDEX `order_items_open_fifo_idx` ON `order_items` (`product_id`,`fifo_at`,`fifo_ext`) WHERE "order_items"."order_active" = 1 and "order_items"."qty_open" > 0;--> statement-breakpoint
CREATE INDEX `order_items_active_idx` ON `order_items` (`product_id`) WHERE "order_items"."order_active" = 1;--> statement-breakpoint
CREATE TABLE `orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`external_order_id` text NOT NULL,
	`number` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`customer_name` text,
	`customer_email` text,
	`shipping_address` text,
	`marketplace_id` text,
	`total_cents` integer,
	`created_at` text NOT NULL,
	`channel_updated_at` text,
	`imported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`packed_at` text,
	`packed_by` integer,
	`pack_verified` integer,
	`shipped_at` text,
	`cancelled_at` text,
	FOREIGN KEY (`packed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "orders_status_check" CHECK("orders"."status" in ('open', 'ready_to_pack', 'packed', 'shipped', 'cancelled'))
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_channel_external_idx` ON `orders` (`channel`,`external_order_id`);--> statement-breakpoint
CREATE INDEX `orders_status_fifo_idx` ON `orders` (`status`,`created_at`,`external_order_id`);--> statement-breakpoint
CREATE INDEX `orders_number_idx` ON `orders` (`number`);--> statement-breakpoint
CREATE TABLE `shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`carrier` text NOT NULL,
	`tracking_number` text NOT NULL,
	`weight_oz` integer,
	`shipping_cost_cents` integer,
	`user_id` integer,
	`shipped_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`channel_sync_status` text DEFAULT 'pending' NOT NULL,
	`channel_sync_error` text,
	`channel_sync_attempts` integer DEFAULT 0 NOT NULL,
	`channel_synced_at` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `shipments_order_idx` ON `shipments` (`order_id`);--> statement-breakpoint
CREATE INDEX `shipments_sync_idx` ON `shipments` (`channel_sync_status`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`status` integer NOT NULL,
	`response` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
) STRICT;
--> statement-breakpoint
CREATE TABLE `pick_allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pick_event_id` integer NOT NULL,
	`order_item_id` integer NOT NULL,
	`qty` integer NOT NULL,
	FOREIGN KEY (`pick_event_id`) REFERENCES `pick_events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`order_item_id`) REFERENCES `order_items`(`id`) ON UPDATE no action ON DELETE cascade
) STRICT;
--> statement-breakpoint
CREATE INDEX `pick_allocations_event_idx` ON `pick_allocations` (`pick_event_id`);--> statement-breakpoint
CREATE INDEX `pick_allocations_item_idx` ON `pick_allocations` (`order_item_id`);--> statement-breakpoint
CREATE TABLE `pick_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`qty` integer NOT NULL,
	`user_id` integer,
	`device` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`undone_at` text,
	`undone_by` integer,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `pick_events_created_idx` ON `pick_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `stock_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`product_title` text NOT NULL,
	`qty_short` integer NOT NULL,
	`order_numbers` text NOT NULL,
	`allocations` text NOT NULL,
	`user_id` integer,
	`device` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `stock_exceptions_created_idx` ON `stock_exceptions` (`created_at`);--> statement-breakpoint
CREATE INDEX `stock_exceptions_sku_idx` ON `stock_exceptions` (`sku`);--> statement-breakpoint
CREATE TABLE `purchase_order_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`purchase_order_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`quantity_ordered` integer NOT NULL,
	`quantity_received` integer DEFAULT 0 NOT NULL,
	`unit_cost_cents` integer NOT NULL,
	FOREIGN KEY (`purchase_order_id`) REFERENCES `purchase_orders`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `purchase_order_lines_po_idx` ON `purchase_order_lines` (`purchase_order_id`);--> statement-breakpoint
CREATE INDEX `purchase_order_lines_product_idx` ON `purchase_order_lines` (`product_id`);--> statement-breakpoint
CREATE TABLE `purchase_orders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`po_number` text NOT NULL,
	`supplier_id` integer NOT NULL,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`expected_delivery` text,
	`notes` text,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`supplier_id`) REFERENCES `suppliers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE UNIQUE INDEX `purchase_orders_po_number_unique` ON `purchase_orders` (`po_number`);--> statement-breakpoint
CREATE INDEX `purchase_orders_status_idx` ON `purchase_orders` (`status`);--> statement-breakpoint
CREATE TABLE `suppliers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`lead_time_days` integer,
	`notes` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
) STRICT;
--> statement-breakpoint
CREATE TABLE `amazon_fbm_pushes` (
	`sku` text PRIMARY KEY NOT NULL,
	`quantity` integer NOT NULL,
	`pushed_at` text NOT NULL,
	`status` text NOT NULL,
	`error` text
) STRICT;
--> statement-breakpoint
CREATE TABLE `amazon_inventory_snapshots` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sku` text NOT NULL,
	`product_id` integer,
	`asin` text,
	`fnsku` text,
	`fulfillable` integer DEFAULT 0 NOT NULL,
	`inbound_working` integer DEFAULT 0 NOT NULL,
	`inbound_shipped` integer DEFAULT 0 NOT NULL,
	`inbound_receiving` integer DEFAULT 0 NOT NULL,
	`reserved` integer DEFAULT 0 NOT NULL,
	`unfulfillable` integer DEFAULT 0 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `amazon_inventory_sku_idx` ON `amazon_inventory_snapshots` (`sku`,`created_at`);--> statement-breakpoint
CREATE TABLE `fba_shipment_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fba_shipment_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`sku` text NOT NULL,
	`quantity` integer NOT NULL,
	`quantity_received` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`fba_shipment_id`) REFERENCES `fba_shipments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
) STRICT;
--> statement-breakpoint
CREATE INDEX `fba_shipment_items_shipment_idx` ON `fba_shipment_items` (`fba_shipment_id`);--> statement-breakpoint
CREATE TABLE `fba_shipments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`amazon_shipment_id` text,
	`destination_fc` text,
	`status` text DEFAULT 'DRAFT' NOT NULL,
	`shipped_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
) STRICT;
--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`trigger` text NOT NULL,
	`status` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`counts` text,
	`log` text,
	`error` text,
	`user_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
) STRICT;
--> statement-breakpoint
CREATE INDEX `job_runs_job_idx` ON `job_runs` (`job`,`id`);--> statement-breakpoint
CREATE TABLE `notification_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel` text NOT NULL,
	`kind` text NOT NULL,
	`recipients` text NOT NULL,
	`subject` text,
	`status` text NOT NULL,
	`error` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
) STRICT;
--> statement-breakpoint
CREATE INDEX `notification_log_created_idx` ON `notification_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `daily_sales_metrics` (
	`date` text NOT NULL,
	`sku` text NOT NULL,
	`channel` text NOT NULL,
	`orders` integer DEFAULT 0 NOT NULL,
	`units` integer DEFAULT 0 NOT NULL,
	`revenue_cents` integer DEFAULT 0 NOT NULL,
	`cost_cents` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`date`, `sku`, `channel`)
) STRICT;
